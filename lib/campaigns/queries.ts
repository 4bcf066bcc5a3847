import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { emptyStepFacts, type StepFacts } from "@/lib/campaigns/stepper";
import { join, num, sql } from "@/lib/db-sql";

const PAGE_SIZE = 20;

export async function listCampaigns(member: Member, cursor?: string | null) {
  const rows = await db.campaign.findMany({
    where: { organizationId: member.organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, PAGE_SIZE);
  const facts = await loadStepFacts(member.organizationId, page.map((c) => ({ id: c.id, slaMinutes: c.slaMinutes })));
  return {
    campaigns: page.map((c) => ({ ...c, facts: facts.get(c.id) ?? emptyStepFacts() })),
    nextCursor: rows.length > PAGE_SIZE ? page[page.length - 1].id : null,
  };
}

export async function getCampaignBySlug(member: Member, slug: string) {
  return db.campaign.findFirst({ where: { organizationId: member.organizationId, slug } });
}

// Counts behind the five-step stepper, for several campaigns at once (grouped in the database).
export async function loadStepFacts(
  organizationId: string,
  campaigns: { id: string; slaMinutes: number }[],
  now = new Date(),
): Promise<Map<string, StepFacts>> {
  const ids = campaigns.map((c) => c.id);
  const out = new Map(ids.map((id) => [id, emptyStepFacts()]));
  if (ids.length === 0) return out;
  const scope = { organizationId, campaignId: { in: ids } };
  const open = { in: ["NEW", "IN_PROGRESS"] as ("NEW" | "IN_PROGRESS")[] };

  const [apologies, feedback, unanswered, themes, themesNoLesson, lessons, lessonsNoCommit, commitments, overdue, stories, published] =
    await Promise.all([
      db.apology.groupBy({ by: ["campaignId", "reviewState"], where: scope, _count: { _all: true } }),
      db.feedbackItem.groupBy({ by: ["campaignId"], where: scope, _count: { _all: true } }),
      db.feedbackItem.groupBy({ by: ["campaignId"], where: { ...scope, status: open }, _count: { _all: true } }),
      db.theme.groupBy({ by: ["campaignId"], where: scope, _count: { _all: true } }),
      db.theme.groupBy({ by: ["campaignId"], where: { ...scope, lessons: { none: {} } }, _count: { _all: true } }),
      db.lesson.groupBy({ by: ["campaignId"], where: scope, _count: { _all: true } }),
      db.lesson.groupBy({ by: ["campaignId"], where: { ...scope, commitments: { none: {} } }, _count: { _all: true } }),
      db.commitment.groupBy({ by: ["campaignId", "status"], where: scope, _count: { _all: true } }),
      db.commitment.groupBy({
        by: ["campaignId"],
        where: { ...scope, dueDate: { lt: now }, status: { in: ["PLANNED", "IN_PROGRESS"] } },
        _count: { _all: true },
      }),
      db.customerStory.groupBy({ by: ["campaignId", "consentStatus"], where: scope, _count: { _all: true } }),
      db.customerStory.groupBy({ by: ["campaignId"], where: { ...scope, isPublished: true }, _count: { _all: true } }),
    ]);
  // Counted through their theme's and commitment's campaign (the rows themselves carry none).
  const [unreviewedTags, openLoopTasks] = await Promise.all([
    db.$queryRaw<{ campaignId: string; n: unknown }[]>(sql`
      SELECT t."campaignId" AS "campaignId", COUNT(*) AS n FROM "FeedbackTheme" ft JOIN "Theme" t ON t."id" = ft."themeId"
      WHERE ft."organizationId" = ${organizationId} AND ft."reviewed" = ${false} AND t."campaignId" IN (${join(ids)}) GROUP BY t."campaignId"`),
    db.$queryRaw<{ campaignId: string; n: unknown }[]>(sql`
      SELECT c."campaignId" AS "campaignId", COUNT(*) AS n FROM "CloseLoopTask" lt JOIN "Commitment" c ON c."id" = lt."commitmentId"
      WHERE lt."organizationId" = ${organizationId} AND CAST(lt."status" AS TEXT) = 'OPEN' AND c."campaignId" IN (${join(ids)}) GROUP BY c."campaignId"`),
  ]);
  const revisions = await db.apology.groupBy({
    by: ["campaignId"],
    where: { ...scope, publishedVersionId: { not: null } },
    _count: { _all: true },
  });
  const pastSla = await Promise.all(
    campaigns.map(async (c) => ({
      campaignId: c.id,
      count: await db.feedbackItem.count({
        where: { organizationId, campaignId: c.id, status: open, receivedAt: { lt: new Date(now.getTime() - c.slaMinutes * 60_000) } },
      }),
    })),
  );

  for (const r of apologies) {
    const f = out.get(r.campaignId)!.apology;
    const n = r._count._all;
    f.variants += n;
    if (r.reviewState === "IN_REVIEW") f.inReview += n;
    if (r.reviewState === "CHANGES_REQUESTED") f.changesRequested += n;
    if (r.reviewState === "APPROVED") f.approved += n;
  }
  for (const r of revisions) {
    const f = out.get(r.campaignId)!.apology;
    f.published = r._count._all;
    // A published variant whose review state has moved on is a revision in progress.
    f.revisionPending = Math.max(0, r._count._all - (apologies.find((a) => a.campaignId === r.campaignId && a.reviewState === "PUBLISHED")?._count._all ?? 0));
  }
  for (const r of feedback) out.get(r.campaignId)!.listen.items = r._count._all;
  for (const r of unanswered) out.get(r.campaignId)!.listen.unanswered = r._count._all;
  for (const r of pastSla) out.get(r.campaignId)!.listen.pastSla = r.count;
  for (const r of themes) out.get(r.campaignId)!.learn.themes = r._count._all;
  for (const r of themesNoLesson) out.get(r.campaignId)!.learn.themesWithoutLesson = r._count._all;
  for (const r of lessons) out.get(r.campaignId)!.learn.lessons = r._count._all;
  for (const r of unreviewedTags) out.get(r.campaignId)!.learn.unreviewedTags = num(r.n);
  for (const r of lessonsNoCommit) out.get(r.campaignId)!.promises.lessonsWithoutCommitment = r._count._all;
  for (const r of commitments) {
    const f = out.get(r.campaignId)!.promises;
    f.commitments += r._count._all;
    if (r.status === "DONE") f.done += r._count._all;
    if (r.status === "MISSED") f.missed = (f.missed ?? 0) + r._count._all;
    if (r.status === "DROPPED") f.dropped = (f.dropped ?? 0) + r._count._all;
  }
  for (const r of overdue) out.get(r.campaignId)!.promises.overdue = r._count._all;
  for (const r of openLoopTasks) out.get(r.campaignId)!.promises.openLoopTasks = num(r.n);
  for (const r of stories) {
    const f = out.get(r.campaignId)!.stories;
    if (r.consentStatus === "REQUESTED") f.requested += r._count._all;
    if (r.consentStatus === "GRANTED") f.granted += r._count._all;
    if (r.consentStatus === "NOT_REQUESTED") f.notRequested = (f.notRequested ?? 0) + r._count._all;
  }
  for (const r of published) out.get(r.campaignId)!.stories.published = r._count._all;
  return out;
}
