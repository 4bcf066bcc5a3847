import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { trendOf, type Trend } from "@/lib/learn/trend";
import { TRUST_ELEMENT_INFO } from "@/lib/commitments/elements";
import { attentionItems, type AttentionItem } from "@/lib/dashboard/attention";
import { overdueCommitmentsSql, waitingItemsSql, type OverdueCommitmentRow, type WaitingItemRow } from "@/lib/dashboard/attention-queries";
import { collectDailyCounts, commitmentDailySql, feedbackDaysSql, storyDailySql, type FeedbackDayRow, type GroupedRow } from "@/lib/dashboard/daily-queries";
import { countRange, responseWeeks as weeksOf, seriesRange, weekDays, type Week } from "@/lib/dashboard/days";
import { keyFigures, type KeyFigure } from "@/lib/dashboard/key-figures";
import { seriesFromCounts, seriesStartIndex } from "@/lib/dashboard/queries";
import { responseWeekRanksSql } from "@/lib/dashboard/response-weeks";
import { valuesByPlan } from "@/lib/feedback/percentile-sql";
import { assembleWeeks, weekCounts, type WeekFigures } from "@/lib/dashboard/response-weeks-math";
import { burnupDays, sentimentDays, type BurnupDay, type SentimentDay } from "@/lib/dashboard/series";
import { collectSnapshots, snapshotSql, type Snapshot, type SnapshotRow } from "@/lib/dashboard/snapshot-queries";
import { num, type Sql } from "@/lib/dashboard/sql";
import { topThemesSql, type ThemeRow } from "@/lib/dashboard/themes";
import { TRUST_ELEMENTS, type TrustElementValue } from "@/lib/dashboard/trust-components";
import type { TrustComponentKey, TrustIndex } from "@/lib/dashboard/trust-index";

export type DashboardCampaign = {
  id: string;
  organizationId: string;
  slug: string;
  title: string;
  slaMinutes: number;
  occurredAt: Date;
  status: string;
};

export type IndexPoint = { day: string; index: number | null } & Record<TrustComponentKey, number | null>;
export type ElementRow = { element: TrustElementValue; label: string; commitments: number; done: number };
export type ThemeFigure = { id: string; label: string; total: number; trend: Trend };
export type StoryFigures = { collected: number; requested: number; granted: number; publishedWithConsent: number };

export type CampaignDashboard = {
  campaign: DashboardCampaign;
  computedAt: Date;
  trust: TrustIndex;
  series: IndexPoint[];
  sentiment: SentimentDay[];
  responseWeeks: WeekFigures[];
  burnup: BurnupDay[];
  elements: ElementRow[];
  themes: ThemeFigure[];
  stories: StoryFigures;
  keyFigures: KeyFigure[];
  attention: AttentionItem[];
};

// Dashboards are read by the roles with "dashboard.read", in their own organization only.
export function assertDashboardAccess(member: Member, campaign: { organizationId: string }) {
  if (!can(member.role, "dashboard.read")) throw new ForbiddenError("The dashboard is for admins, managers and executives.");
  if (campaign.organizationId !== member.organizationId) throw new NotFoundError();
}

type Plan = { range: ReturnType<typeof countRange>; weeks: Week[]; statements: Record<string, Sql> };

function plan(campaign: DashboardCampaign, now: Date): Plan {
  const range = countRange(seriesRange(campaign.occurredAt, now));
  const weeks = weeksOf(campaign.occurredAt, now);
  const one = { organizationId: campaign.organizationId, campaignId: campaign.id };
  const many = { organizationId: campaign.organizationId, campaignIds: [campaign.id] };
  return {
    range,
    weeks,
    statements: {
      feedbackDays: feedbackDaysSql(many, range, now),
      commitmentDaily: commitmentDailySql(many, range, now),
      storyDaily: storyDailySql(many, range, now),
      snapshot: snapshotSql(many, now),
      topThemes: topThemesSql(one, now),
      overdueCommitments: overdueCommitmentsSql(one, now),
      waitingItems: waitingItemsSql(one, campaign.slaMinutes, now),
    },
  };
}

// The weekly counts are sums of the days' (by the day received); the percentile statement needs
// them to know its ranks.
function weekly(campaign: DashboardCampaign, weeks: Week[], byDay: FeedbackDayRow[]) {
  const days = new Map(
    byDay
      .filter((r) => r.cid === campaign.id)
      .map((r) => [r.day, { total: num(r.received), answered: num(r.answered), within: num(r.answeredWithin) }]),
  );
  const counts = weekCounts(weeks.map(weekDays), days);
  const ranks = responseWeekRanksSql({ organizationId: campaign.organizationId, campaignId: campaign.id }, weeks, counts.map((c) => c.answered));
  return { counts, ranks };
}

// Every figure of a campaign's dashboard as of `now`: eight statements (the weekly percentiles
// wait for the per-day counts), then arithmetic on their counts.
export async function loadCampaignDashboard(member: Member, campaign: DashboardCampaign, now = new Date()): Promise<CampaignDashboard> {
  assertDashboardAccess(member, campaign);
  const { range, weeks, statements: s } = plan(campaign, now);
  const daysAndWeeks = db.$queryRaw<FeedbackDayRow[]>(s.feedbackDays).then(async (feedbackDays) => {
    const w = weekly(campaign, weeks, feedbackDays);
    const ranks = w.ranks ? await db.$queryRaw<{ i: unknown; m: unknown }[]>(w.ranks) : [];
    return { feedbackDays, weeks: assembleWeeks(weeks, w.counts, valuesByPlan(ranks)) };
  });
  const [commitments, stories, snapshotRows, themes, overdue, waiting, { feedbackDays, weeks: responseWeeks }] = await Promise.all([
    db.$queryRaw<GroupedRow[]>(s.commitmentDaily),
    db.$queryRaw<GroupedRow[]>(s.storyDaily),
    db.$queryRaw<SnapshotRow[]>(s.snapshot),
    db.$queryRaw<ThemeRow[]>(s.topThemes),
    db.$queryRaw<OverdueCommitmentRow[]>(s.overdueCommitments),
    db.$queryRaw<WaitingItemRow[]>(s.waitingItems),
    daysAndWeeks,
  ]);
  const counts = collectDailyCounts([campaign.id], range, { feedbackDays, commitments, stories }).get(campaign.id)!;
  const snapshot = collectSnapshots([campaign.id], snapshotRows).get(campaign.id)!;
  const points = seriesFromCounts(campaign, counts, range, now);
  const fromDay = seriesStartIndex(campaign, range, now);
  const today = points[points.length - 1];
  const weekAgo = points.length > 7 ? points[points.length - 8] : null;
  const thisWeek = responseWeeks[responseWeeks.length - 1] ?? null;
  const lastWeek = responseWeeks.length > 1 ? responseWeeks[responseWeeks.length - 2] : null;
  const share = (s: { windowTotal: number; windowNonNegative: number } | undefined) => (s && s.windowTotal ? s.windowNonNegative / s.windowTotal : null);
  const value = (p: typeof today | null, key: TrustComponentKey) => p?.trust.components.find((c) => c.key === key)?.value ?? null;
  const elements = elementRows(snapshot);

  return {
    campaign,
    computedAt: now,
    trust: today.trust,
    series: points.map((p) => ({
      day: p.day,
      index: p.trust.index,
      ...(Object.fromEntries(p.trust.components.map((c) => [c.key, c.value])) as Record<TrustComponentKey, number | null>),
    })),
    sentiment: sentimentDays(range, counts.feedback, fromDay),
    responseWeeks,
    burnup: burnupDays(range, counts.commitments, fromDay),
    elements,
    themes: themes.map((t) => ({ id: t.id, label: t.label, total: num(t.total), trend: trendOf(num(t.thisWeek), num(t.lastWeek)) })),
    stories: storyFigures(snapshot),
    keyFigures: keyFigures({
      index: { now: today.trust.index, weekAgo: weekAgo?.trust.index ?? null },
      received: { thisWeek: today.inputs.sentiment.windowTotal, lastWeek: weekAgo?.inputs.sentiment.windowTotal ?? null },
      nonNegative: { thisWeek: share(today.inputs.sentiment), lastWeek: weekAgo ? share(weekAgo.inputs.sentiment) : null },
      medianMinutes: { thisWeek: thisWeek?.medianMinutes ?? null, lastWeek: lastWeek?.medianMinutes ?? null },
      withinSla: { thisWeek: thisWeek?.withinSlaShare ?? null, lastWeek: lastWeek?.withinSlaShare ?? null },
      waitingPastSla: { now: today.inputs.responses.openOverdue, weekAgo: weekAgo?.inputs.responses.openOverdue ?? null },
      promiseKeeping: { now: value(today, "promiseKeeping"), weekAgo: weekAgo ? value(weekAgo, "promiseKeeping") : null },
      published: { now: today.inputs.stories.publishedWithConsent, weekAgo: weekAgo?.inputs.stories.publishedWithConsent ?? null },
    }),
    attention: attentionItems({
      slug: campaign.slug,
      slaMinutes: campaign.slaMinutes,
      overdue: {
        count: snapshot.overdueCommitments,
        oldest: overdue.map((o) => ({ id: o.id, title: o.title, dueDate: new Date(o.dueDate), owner: o.owner })),
      },
      waiting: {
        count: snapshot.pastSla,
        oldest: waiting.map((w) => ({ ...w, receivedAt: new Date(w.receivedAt) })),
      },
      apology: {
        variants: snapshot.apologies.reduce((n, a) => n + a.count, 0),
        approvedOrPublished: snapshot.apologies.filter((a) => a.published || a.state === "APPROVED" || a.state === "PUBLISHED").reduce((n, a) => n + a.count, 0),
      },
      missingElements: elements.filter((e) => e.commitments === 0).map((e) => e.element),
    }),
  };
}

function elementRows(snapshot: Snapshot): ElementRow[] {
  return TRUST_ELEMENTS.map((element) => {
    const rows = snapshot.commitments.filter((c) => c.element === element && c.status !== "DROPPED");
    return {
      element,
      label: TRUST_ELEMENT_INFO[element].label,
      commitments: rows.reduce((n, r) => n + r.count, 0),
      done: rows.filter((r) => r.status === "DONE").reduce((n, r) => n + r.count, 0),
    };
  });
}

function storyFigures(snapshot: Snapshot): StoryFigures {
  const sum = (f: (s: Snapshot["stories"][number]) => boolean) => snapshot.stories.filter(f).reduce((n, s) => n + s.count, 0);
  return {
    collected: sum(() => true),
    requested: sum((s) => s.consent === "REQUESTED"),
    granted: sum((s) => s.consent === "GRANTED"),
    publishedWithConsent: sum((s) => s.consent === "GRANTED" && s.published),
  };
}

// The raw statements behind the campaign dashboard, for the benchmark's baseline: the same SQL
// loadCampaignDashboard runs. The weekly percentile statement depends on how many replies each
// week has, so the per-day counts are read once here to write it.
export async function dashboardRawSql(campaign: DashboardCampaign, now: Date): Promise<{ name: string; sql: Sql }[]> {
  const { weeks, statements } = plan(campaign, now);
  const { ranks } = weekly(campaign, weeks, await db.$queryRaw<FeedbackDayRow[]>(statements.feedbackDays));
  const list = Object.entries(statements).map(([name, sql]) => ({ name, sql }));
  return ranks ? [...list, { name: "responseWeekRanks", sql: ranks }] : list;
}
