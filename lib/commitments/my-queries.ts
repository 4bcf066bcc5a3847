import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { isDueSoon, isOverdue, OPEN_STATUSES, type CommitmentStatusValue } from "@/lib/commitments/status";

const DAY = 86_400_000;

const select = {
  id: true,
  title: true,
  status: true,
  dueDate: true,
  progress: true,
  trustElement: true,
  completedAt: true,
  campaign: { select: { slug: true, title: true } },
  _count: { select: { evidence: { where: { retractedAt: null } } } },
} as const;

type Row = { dueDate: Date; status: CommitmentStatusValue; _count: { evidence: number } };

// An owner's open commitments in four groups, each shown once: overdue, due soon (within the
// organization's reminder window), waiting for evidence (nothing to prove them yet), the rest.
export function groupOpen<T extends Row>(rows: T[], now: Date, reminderDays: number) {
  const groups = { overdue: [] as T[], dueSoon: [] as T[], waitingForEvidence: [] as T[], later: [] as T[] };
  for (const r of rows) {
    if (isOverdue(r, now)) groups.overdue.push(r);
    else if (isDueSoon(r, now, reminderDays)) groups.dueSoon.push(r);
    else if (r._count.evidence === 0) groups.waitingForEvidence.push(r);
    else groups.later.push(r);
  }
  return groups;
}

export async function myCommitments(member: Member, now = new Date()) {
  const [org, rows] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: member.organizationId }, select: { reminderDays: true } }),
    db.commitment.findMany({
      where: { organizationId: member.organizationId, ownerId: member.userId, status: { in: [...OPEN_STATUSES] } },
      select,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: 300,
    }),
  ]);
  return { reminderDays: org.reminderDays, ...groupOpen(rows, now, org.reminderDays) };
}

// One owner's week: what was kept, what is overdue or due in the next seven days, what still
// lacks evidence, and the updates and evidence posted in the last seven days.
export async function weeklyDigest(member: Member, ownerId: string, now = new Date()) {
  const since = new Date(now.getTime() - 7 * DAY);
  const until = new Date(now.getTime() + 7 * DAY);
  const scope = { organizationId: member.organizationId, ownerId };
  const [owner, open, kept, updates, evidence] = await Promise.all([
    db.membership.findFirst({ where: { organizationId: member.organizationId, userId: ownerId }, select: { user: { select: { id: true, name: true } } } }),
    db.commitment.findMany({ where: { ...scope, status: { in: [...OPEN_STATUSES] }, dueDate: { lte: until } }, select, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: 300 }),
    db.commitment.findMany({ where: { ...scope, status: "DONE", completedAt: { gte: since } }, select, orderBy: { completedAt: "desc" }, take: 100 }),
    db.commitmentUpdate.findMany({
      where: { organizationId: member.organizationId, createdAt: { gte: since }, commitment: { ownerId } },
      select: { id: true, text: true, createdAt: true, statusTo: true, progressTo: true, author: { select: { name: true } }, commitment: { select: { id: true, title: true, campaign: { select: { slug: true } } } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
    }),
    db.evidence.count({ where: { organizationId: member.organizationId, createdAt: { gte: since }, commitment: { ownerId } } }),
  ]);
  const waiting = await db.commitment.findMany({
    where: { ...scope, status: { in: [...OPEN_STATUSES] }, evidence: { none: { retractedAt: null } } },
    select,
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: 100,
  });
  return {
    owner: owner?.user ?? null,
    since,
    until,
    overdue: open.filter((c) => isOverdue(c, now)),
    dueThisWeek: open.filter((c) => !isOverdue(c, now)),
    kept,
    waiting,
    updates,
    evidenceAdded: evidence,
  };
}

export function ownersWithCommitments(member: Member) {
  return db.user.findMany({
    where: { memberships: { some: { organizationId: member.organizationId } }, ownedCommitments: { some: { organizationId: member.organizationId } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 500,
  });
}
