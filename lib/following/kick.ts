import "server-only";
import { after } from "next/server";
import { logger } from "@/lib/logger";
import { followingEnabled } from "@/lib/following/config";
import { drainFollowerMail } from "@/lib/following/drain";

// One drain at a time in this process; a kick during a drain asks for one more pass. This only
// saves work: the claims in the database are what keep drains apart, here or on other instances.
let running: Promise<void> | null = null;
let again = false;

function drainSoon(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      try {
        const result = await drainFollowerMail();
        if (Object.values(result).some((n) => n > 0)) logger.info(result, "follower mail drained");
      } catch (error) {
        logger.error({ err: error }, "follower mail drain failed");
      }
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
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
