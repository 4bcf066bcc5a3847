// Fixed-window arithmetic, pure so it is unit-tested without a database. Windows are aligned to
// the epoch, so every instance computes the same window for the same moment.

export type RateLimitRule = { limit: number; windowMs: number };

export type RateLimitResult = {
  ok: boolean;
  limit: number;
  remaining: number;
  // 0 when allowed; otherwise whole seconds until the window ends (at least 1), for Retry-After.
  retryAfterSeconds: number;
  // Whole seconds until the current window ends, allowed or not (RateLimit-Reset).
  resetSeconds: number;
};

export function windowStartFor(nowMs: number, windowMs: number): number {
  return Math.floor(nowMs / windowMs) * windowMs;
}

// `count` is the number of attempts in the window including this one.
export function decide(count: number, rule: RateLimitRule, windowStartMs: number, nowMs: number): RateLimitResult {
  const resetSeconds = Math.max(1, Math.ceil((windowStartMs + rule.windowMs - nowMs) / 1000));
  const ok = count <= rule.limit;
  return {
    ok,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds: ok ? 0 : resetSeconds,
    resetSeconds,
  };
}

// "5 minutes", "1 minute", "40 seconds": for messages that tell a person how long to wait.
export function describeWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
