import "server-only";
import { db } from "@/lib/db";
import { collectDailyCounts, commitmentDailySql, feedbackDaysSql, storyDailySql, type DailyScope, type FeedbackDayRow, type GroupedRow } from "@/lib/dashboard/daily-queries";
import { addDays, asOf, DAY_MS, baselineEnd, countRange, LOOKBACK_DAYS, seriesRange, startOfUtcDay, type CountRange } from "@/lib/dashboard/days";
import { trustInputsSeries, type DailyCounts } from "@/lib/dashboard/series";
import { computeTrustIndex, type TrustIndex, type TrustInputs } from "@/lib/dashboard/trust-index";

// The Trust Recovery Index inputs of campaigns, for one day or for every day of a series, counted
// in the database: three statements (feedback, commitments, stories), whatever the number of days
// or campaigns. Callers check the member's permission; these only ever read the organization's
// own campaigns (every statement joins the campaign on its organization).

export type CampaignRef = { id: string; organizationId: string; occurredAt: Date };

export async function loadDailyCounts(scope: DailyScope, range: CountRange, now: Date): Promise<Map<string, DailyCounts>> {
  if (!scope.campaignIds.length) return new Map();
  const [feedbackDays, commitments, stories] = await Promise.all([
    db.$queryRaw<FeedbackDayRow[]>(feedbackDaysSql(scope, range, now)),
    db.$queryRaw<GroupedRow[]>(commitmentDailySql(scope, range, now)),
    db.$queryRaw<GroupedRow[]>(storyDailySql(scope, range, now)),
  ]);
  return collectDailyCounts(scope.campaignIds, range, { feedbackDays, commitments, stories });
}

export type TrustPoint = { day: string; inputs: TrustInputs; trust: TrustIndex };

// Where a campaign's series starts within a counted range (which may start earlier, when it is
// shared by several campaigns).
export function seriesStartIndex(campaign: { occurredAt: Date }, range: CountRange, now: Date): number {
  const first = seriesRange(campaign.occurredAt, now).first;
  return Math.max(LOOKBACK_DAYS, Math.round((first.getTime() - range.start.getTime()) / DAY_MS));
}

// One point per day from the campaign's first day (or SERIES_DAYS ago) to today, as of now.
export function seriesFromCounts(campaign: CampaignRef, counts: DailyCounts, range: CountRange, now: Date): TrustPoint[] {
  const fromDay = seriesStartIndex(campaign, range, now);
  return trustInputsSeries({ range, baselineEnd: baselineEnd(campaign.occurredAt), now }, counts, fromDay).map((p) => ({
    ...p,
    trust: computeTrustIndex(p.inputs),
  }));
}

export async function trustSeries(campaign: CampaignRef, now: Date): Promise<TrustPoint[]> {
  const range = countRange(seriesRange(campaign.occurredAt, now));
  const counts = await loadDailyCounts({ organizationId: campaign.organizationId, campaignIds: [campaign.id] }, range, now);
  return seriesFromCounts(campaign, counts.get(campaign.id)!, range, now);
}

// The inputs as of the end of `day` (as of now when `day` is today; nothing after `now` counts).
export async function trustInputsAsOf(campaign: CampaignRef, day: Date, now: Date): Promise<TrustInputs> {
  const at = asOf(day, now);
  const range = { start: addDays(startOfUtcDay(day), -LOOKBACK_DAYS), days: LOOKBACK_DAYS + 1 };
  const counts = await loadDailyCounts({ organizationId: campaign.organizationId, campaignIds: [campaign.id] }, range, at);
  const points = trustInputsSeries({ range, baselineEnd: baselineEnd(campaign.occurredAt), now: at }, counts.get(campaign.id)!, LOOKBACK_DAYS);
  return points[points.length - 1].inputs;
}
