import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

// A claim lasts this long. A drainer that died mid-send leaves its rows to be claimed again after
// it: that message may then go out twice (with the same Message-ID, which most mail clients
// collapse), the one case where "never twice" cannot hold without the SMTP server's help.
export const CLAIM_LEASE_MS = 10 * 60_000;

const claimable = (now: Date) => ({
  OR: [
    { status: "PENDING" as const, nextAttemptAt: { lte: now } },
    { status: "SENDING" as const, claimedAt: { lt: new Date(now.getTime() - CLAIM_LEASE_MS) } },
  ],
});

// Everything a message needs, read with the claim.
const CLAIMED_MAIL = {
  id: true,
  organizationId: true,
  kind: true,
  attempts: true,
  claimToken: true,
  subscriber: { select: { id: true, email: true, confirmedAt: true, unsubscribedAt: true } },
  campaign: { select: { title: true, slug: true, publicPage: true, organization: { select: { name: true, slug: true } } } },
  event: { select: { title: true, summary: true, createdAt: true } },
} as const;

export type ClaimedMail = Awaited<ReturnType<typeof readClaimed>>[number];

const readClaimed = (claimToken: string) => db.followerMail.findMany({ where: { claimToken }, orderBy: { id: "asc" }, select: CLAIMED_MAIL });

// Claims up to `batchSize` messages that are due. `found` counts the candidates: when another
// drainer took them all first, `mail` is empty but it is worth looking again.
export async function claimDueMail(now: Date, opts: { batchSize: number; organizationId?: string }): Promise<{ found: number; mail: ClaimedMail[] }> {
  const scope = opts.organizationId ? { organizationId: opts.organizationId } : {};
  const candidates = await db.followerMail.findMany({
    where: { ...scope, ...claimable(now) },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: opts.batchSize,
    select: { id: true },
  });
  if (candidates.length === 0) return { found: 0, mail: [] };
  const claimToken = randomUUID();
  // One UPDATE that repeats the test in its WHERE: when two drainers picked the same rows, the
  // database gives each row to one of them (PostgreSQL re-checks a row after the other's commit;
  // SQLite runs one writer at a time).
  await db.followerMail.updateMany({
    where: { id: { in: candidates.map((c) => c.id) }, ...scope, ...claimable(now) },
    data: { status: "SENDING", claimToken, claimedAt: now, attempts: { increment: 1 } },
  });
  return { found: candidates.length, mail: await readClaimed(claimToken) };
}
