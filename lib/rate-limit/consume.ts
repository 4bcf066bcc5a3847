import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { decide, windowStartFor, type RateLimitResult, type RateLimitRule } from "@/lib/rate-limit/window";

export type { RateLimitResult, RateLimitRule } from "@/lib/rate-limit/window";

// Roughly one call in fifty also deletes expired counters, so the table stays small without a job.
const CLEANUP_PROBABILITY = 0.02;
const ATTEMPTS = 3;

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

// Counts one attempt against `key` in the current fixed window, in the database, so every app
// instance shares the counter. Atomic on both databases: the upsert is one INSERT … ON CONFLICT DO
// UPDATE (it takes the row lock on PostgreSQL; SQLite runs one statement at a time), and the reset
// of a stale window happens in the same transaction, under that lock.
export async function consume(key: string, rule: RateLimitRule, now: Date = new Date()): Promise<RateLimitResult> {
  const nowMs = now.getTime();
  const windowStart = new Date(windowStartFor(nowMs, rule.windowMs));
  const expiresAt = new Date(windowStart.getTime() + rule.windowMs);
  let count = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      count = await db.$transaction(async (tx) => {
        const row = await tx.rateLimit.upsert({
          where: { key },
          create: { key, count: 1, windowStart, expiresAt },
          update: { count: { increment: 1 } },
        });
        if (row.windowStart.getTime() === windowStart.getTime()) return row.count;
        // A counter left from an earlier window: this attempt is the first of the new one.
        await tx.rateLimit.update({ where: { key }, data: { count: 1, windowStart, expiresAt } });
        return 1;
      });
      break;
    } catch (error) {
      // Only if Prisma had to emulate the upsert: two first attempts raced to insert the row.
      if (!isUniqueViolation(error) || attempt >= ATTEMPTS) throw error;
    }
  }
  // By the wall clock, not `now`: a caller's notion of time must not expire anyone else's counter.
  if (Math.random() < CLEANUP_PROBABILITY) await purgeExpired();
  return decide(count, rule, windowStart.getTime(), nowMs);
}

// Deletes counters whose window has ended. A row being counted right now has a future expiresAt,
// so it is never removed from under an attempt.
export async function purgeExpired(now: Date = new Date()): Promise<number> {
  try {
    const { count } = await db.rateLimit.deleteMany({ where: { expiresAt: { lt: now } } });
    return count;
  } catch (error) {
    logger.warn({ err: error }, "rate-limit cleanup failed");
    return 0;
  }
}
