import "server-only";
import { after } from "next/server";
import { logger } from "@/lib/logger";
import { followingEnabled } from "@/lib/following/config";
import { drainFollowerMail } from "@/lib/following/drain";

// One drain at a time in this process; a kick during a drain asks for one more pass. This only
// saves work: the claims in the database are what keep drains apart, here or on other instances.
// A drain that has run for longer than any healthy one could (every SMTP wait has its own timeout,
// lib/following/transport.ts) is not waited on: mail must not stop for good behind one stuck drain.
export const STUCK_DRAIN_MS = 2 * 60_000;
// On globalThis: Next loads this module once per bundle (route handlers, server actions, the
// sweep's instrumentation), and they must share the one slot.
type DrainSlot = { running: { done: Promise<void>; since: number } | null; again: boolean; closing: boolean };
const slot: DrainSlot = ((globalThis as unknown as { kintsugiFollowerDrain?: DrainSlot }).kintsugiFollowerDrain ??= {
  running: null,
  again: false,
  closing: false,
});
const isStuck = (running: NonNullable<DrainSlot["running"]>) => Date.now() - running.since >= STUCK_DRAIN_MS;

type Reason = "kick" | "sweep";

function drainSoon(reason: Reason = "kick"): Promise<void> {
  if (slot.closing) return Promise.resolve();
  if (slot.running && !isStuck(slot.running)) {
    slot.again = true;
    return slot.running.done;
  }
  if (slot.running) logger.error({ runningForMs: Date.now() - slot.running.since }, "follower mail drain looks stuck; starting another");
  const mine = {
    since: Date.now(),
    done: (async () => {
      // Passes after the first were asked for by kicks (the sweep never asks for another).
      let by = reason;
      do {
        slot.again = false;
        try {
          const result = await drainFollowerMail({ stop: () => slot.closing });
          if (Object.values(result).some((n) => n > 0)) logger.info({ ...result, by }, "follower mail drained");
        } catch (error) {
          logger.error({ err: error }, "follower mail drain failed");
        }
        by = "kick";
      } while (slot.again && !slot.closing);
    })().finally(() => {
      // Only the current drain clears the slot: a stuck one that ends late leaves its successor.
      if (slot.running === mine) slot.running = null;
    }),
  };
  slot.running = mine;
  return mine.done;
}

// After a commit that may have queued follower mail (a public change, a follow request): drains
// once the response has been sent, so nobody waits on SMTP and the answer takes the same time
// whatever the address. Outside a request (scripts, tests) there is nothing to run after: the
// scheduled `npm run mail:send` delivers, and so does the next kick on any instance.
export function kickFollowerMail(): void {
  if (!followingEnabled()) return;
  try {
    after(drainSoon);
  } catch {
    logger.debug("follower mail: no request to run after; left to mail:send");
  }
}

// The safety net under the kicks, started once per server process (instrumentation.ts): every
// FOLLOWER_MAIL_SWEEP_SECONDS a drain runs if none is running, so due mail goes out within that
// time even when the kick after its change was lost. Returns the function that stops it.
export function startFollowerMailSweep(seconds: number): () => void {
  if (!followingEnabled() || seconds <= 0) return () => {};
  const timer = setInterval(() => {
    // Not beside a healthy drain (it would only ask for another pass); a stuck one is replaced.
    if (!slot.running || isStuck(slot.running)) void drainSoon("sweep");
  }, seconds * 1000);
  // Never what keeps the process alive.
  timer.unref();
  return () => clearInterval(timer);
}

// For shutdown: no new drain starts, the running one claims nothing more, and this resolves when it
// has recorded what it sent (the server's exit timer bounds the wait). Without it a process could
// exit between sending a message and marking it sent, and the message would go out twice.
export async function settleFollowerMail(): Promise<void> {
  slot.closing = true;
  await slot.running?.done;
}
