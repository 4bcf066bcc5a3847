import "server-only";
import { db, type Tx } from "@/lib/db";
import { isPostgres, sql } from "@/lib/db-sql";
import { recordAudit } from "@/lib/audit/record";
import { formatDate } from "@/lib/shared/format";
import { daysUntil, dueSoonHorizon } from "@/lib/commitments/status";
import { REMINDER_KINDS, reminderKind, utcDay, type ReminderKind } from "@/lib/reminders/reminder-kind";

// In-app reminders to the owners of commitments that come due within the organization's
// reminder window (Organization.reminderDays) or are overdue. Idempotent: at most one reminder of
// each kind per commitment and person per UTC day, however often and on however many instances it
// runs — the promises page runs it for its organization on load, a scheduler runs it for all
// (`npm run reminders`).

const OPEN = ["PLANNED", "IN_PROGRESS"] as ("PLANNED" | "IN_PROGRESS")[];

export type ReminderRun = { organizations: number; created: number };

export async function sendDueReminders(now: Date = new Date(), opts: { organizationId?: string } = {}): Promise<ReminderRun> {
  const orgs = await db.organization.findMany({
    where: opts.organizationId ? { id: opts.organizationId } : {},
    select: { id: true, reminderDays: true },
    orderBy: { id: "asc" },
  });
  let created = 0;
  for (const org of orgs) created += await remindOrganization(org, now);
  return { organizations: orgs.length, created };
}

async function remindOrganization(org: { id: string; reminderDays: number }, now: Date): Promise<number> {
  const horizon = dueSoonHorizon(now, org.reminderDays);
  const scope = { organizationId: org.id, status: { in: OPEN }, dueDate: { lte: horizon } };
  // The common case, nothing due: no transaction, no lock.
  if ((await db.commitment.count({ where: scope })) === 0) return 0;
  return db.$transaction(async (tx) => {
    // Two instances running at once take turns per organization (SQLite serializes writers anyway).
    if (isPostgres) await tx.$executeRaw(sql`SELECT pg_advisory_xact_lock(hashtext(${`reminders:${org.id}`}))`);
    const commitments = await tx.commitment.findMany({
      where: scope,
      select: { id: true, title: true, dueDate: true, status: true, ownerId: true, campaign: { select: { slug: true } } },
      orderBy: { dueDate: "asc" },
      take: 5000,
    });
    const fallback = commitments.some((c) => !c.ownerId) ? await managers(tx, org.id) : [];
    const day = utcDay(now);
    const sent = await tx.notification.findMany({
      where: { organizationId: org.id, kind: { in: REMINDER_KINDS }, createdAt: { gte: day.start, lt: day.end } },
      select: { userId: true, kind: true, link: true },
    });
    const seen = new Set(sent.map((n) => `${n.userId}|${n.kind}|${n.link}`));
    // Dated `now` (not the database's clock), so the once-a-day check above reads the same day.
    const rows: { organizationId: string; userId: string; kind: ReminderKind; title: string; body: string; link: string; createdAt: Date }[] = [];
    for (const c of commitments) {
      const kind = reminderKind(c, now, org.reminderDays);
      if (!kind) continue;
      const link = `/campaigns/${c.campaign.slug}/promises/${c.id}`;
      const days = daysUntil(c.dueDate, now);
      const title = kind === "commitment.overdue" ? `Overdue: ${c.title}` : `Due ${days <= 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`}: ${c.title}`;
      const body = kind === "commitment.overdue"
        ? `It was due ${formatDate(c.dueDate)}. Post an update: deliver it with evidence, or say honestly that it was missed and why.`
        : `It is due ${formatDate(c.dueDate)}. Post progress and add the evidence that shows it is kept.`;
      for (const userId of c.ownerId ? [c.ownerId] : fallback) {
        const key = `${userId}|${kind}|${link}`;
        if (seen.has(key)) continue;
        seen.add(key);
        rows.push({ organizationId: org.id, userId, kind, title: title.slice(0, 300), body, link, createdAt: now });
      }
    }
    if (rows.length === 0) return 0;
    await tx.notification.createMany({ data: rows });
    await recordAudit(tx, { userId: null, label: "system:reminders", organizationId: org.id }, {
      action: "reminders.send",
      entityType: "Notification",
      after: { count: rows.length, day: day.start.toISOString().slice(0, 10), commitments: [...new Set(rows.map((r) => r.link.split("/").pop()))] },
    });
    return rows.length;
  }, { timeout: 30_000, maxWait: 30_000 });
}

// A commitment without an owner reminds the people who may take it on.
async function managers(tx: Tx, organizationId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { organizationId, role: { in: ["ADMIN", "MANAGER"] } }, select: { userId: true } });
  return rows.map((r) => r.userId);
}
