import "server-only";
import { weekDays, type Week } from "@/lib/dashboard/days";
import { dayKeyLiteral, RECEIVED_DAY, RESPONSE_MINUTES, sql, type Sql } from "@/lib/dashboard/sql";
import { weekPlans } from "@/lib/dashboard/response-weeks-math";
import { rankValuesSql } from "@/lib/feedback/percentile-sql";

// First-response figures per week of receipt: the same figures as lib/feedback/response-figures.ts
// `responseFigures(scope, sla, "all", { from, to })` for each week (the integration tests hold
// them equal). The counts are sums of the per-day counts (FeedbackDayStat); the percentiles are
// one statement for all the weeks, which fetches only the values around each rank.

type Scope = { organizationId: string; campaignId: string };

// Each day's replies come sorted from the expression index (campaign, received day, response
// minutes) on both databases; a week merges its seven sorted days.
export function responseWeekRanksSql(scope: Scope, weeks: Week[], answered: number[]): Sql | null {
  const plans = weekPlans(answered);
  if (!plans.length) return null;
  // The campaign, only if it is the organization's: another organization's yields nothing.
  const own = sql`WITH own(cid) AS (SELECT c."id" FROM "Campaign" c WHERE c."id" = ${scope.campaignId} AND c."organizationId" = ${scope.organizationId})`;
  return rankValuesSql(
    plans,
    (plan) =>
      weekDays(weeks[Number(plan.key)]).map(
        (day) => sql`SELECT ${RESPONSE_MINUTES} AS m FROM "FeedbackItem" f
          WHERE f."campaignId" = (SELECT cid FROM own) AND ${RECEIVED_DAY} = ${dayKeyLiteral(day)} AND ${RESPONSE_MINUTES} >= 0`,
      ),
    own,
  );
}
