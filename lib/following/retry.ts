// When a failed message is tried again: soon for a blip, hours apart for an outage. Pure.

// Minutes to wait after the 1st, 2nd, … failed attempt; after the last, the message is FAILED.
const WAIT_MINUTES = [1, 5, 15, 60, 240, 720, 720];
export const MAX_ATTEMPTS = WAIT_MINUTES.length + 1;

// `attempts` counts this one. Null: give up.
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const minutes = WAIT_MINUTES[Math.max(0, attempts - 1)];
  return new Date(now.getTime() + minutes * 60_000);
}

type SmtpError = { code?: unknown; responseCode?: unknown; message?: unknown };

// A 5xx reply to the message (no such mailbox, refused content) will not change on retry; a
// connection that failed, timed out or got a 4xx may.
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as SmtpError | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

// What the outbox records, short and without the message itself.
export function describeFailure(error: unknown): string {
  const e = (error ?? {}) as SmtpError;
  const parts = [e.responseCode, e.code].filter((p) => p !== undefined && p !== null && p !== "").map(String);
  const message = typeof e.message === "string" ? e.message : String(error);
  return `${parts.length ? `${parts.join(" ")}: ` : ""}${message}`.replace(/\s+/g, " ").slice(0, 500);
}
