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
type DrainSlot = { running: { done: Promise<void>; since: number } | null; again: boolean };
const slot: DrainSlot = ((globalThis as unknown as { kintsugiFollowerDrain?: DrainSlot }).kintsugiFollowerDrain ??= { running: null, again: false });

type Reason = "kick" | "sweep";

function drainSoon(reason: Reason = "kick"): Promise<void> {
  if (slot.running && Date.now() - slot.running.since < STUCK_DRAIN_MS) {
    slot.again = true;
    return slot.running.done;
  }
  if (slot.running) logger.error({ runningForMs: Date.now() - slot.running.since }, "follower mail drain looks stuck; starting another");
  const mine = {
    since: Date.now(),
    done: (async () => {
      do {
        slot.again = false;
        try {
          const result = await drainFollowerMail();
          // Mail the sweep sends is mail a kick should have sent sooner: worth a look in the log.
          if (Object.values(result).some((n) => n > 0)) logger[reason === "sweep" && result.sent > 0 ? "warn" : "info"]({ ...result, by: reason }, "follower mail drained");
        } catch (error) {
          logger.error({ err: error }, "follower mail drain failed");
        }
      } while (slot.again);
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
    if (!slot.running) void drainSoon("sweep");
  }, seconds * 1000);
  // Never what keeps the process alive.
  timer.unref();
  return () => clearInterval(timer);
}
