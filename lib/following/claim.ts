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

type Scope = { organizationId?: string };
const scoped = (opts: Scope) => (opts.organizationId ? { organizationId: opts.organizationId } : {});

// Ids of up to `batchSize` messages that are due, oldest first. Reading claims nothing.
export async function findDueMail(now: Date, opts: Scope & { batchSize: number }): Promise<string[]> {
  const rows = await db.followerMail.findMany({
    where: { ...scoped(opts), ...claimable(now) },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: opts.batchSize,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

// Claims those of `ids` that are still due, and returns them. One UPDATE that repeats the test in
// its WHERE: when two drainers picked the same rows, the database gives each row to one of them
// (PostgreSQL re-checks a row after the other's commit; SQLite runs one writer at a time).
export async function claimMail(ids: string[], now: Date, opts: Scope = {}): Promise<ClaimedMail[]> {
  const claimToken = randomUUID();
  await db.followerMail.updateMany({
    where: { id: { in: ids }, ...scoped(opts), ...claimable(now) },
    data: { status: "SENDING", claimToken, claimedAt: now, attempts: { increment: 1 } },
  });
  return readClaimed(claimToken);
}

// `found` counts the candidates: when another drainer took them all first, `mail` is empty but it
// is worth looking again.
export async function claimDueMail(now: Date, opts: Scope & { batchSize: number }): Promise<{ found: number; mail: ClaimedMail[] }> {
  const ids = await findDueMail(now, opts);
  return { found: ids.length, mail: ids.length ? await claimMail(ids, now, opts) : [] };
}
