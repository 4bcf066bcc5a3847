import "server-only";
import { weekDays, type Week } from "@/lib/dashboard/days";
import { ANSWERED_MINUTES, dayKeyLiteral, join, raw, RECEIVED_DAY, sql, type Sql } from "@/lib/dashboard/sql";
import { rankPlans } from "@/lib/dashboard/response-weeks-math";

// First-response figures per week of receipt: the same figures as lib/feedback/response-figures.ts
// `responseFigures(scope, sla, "all", { from, to })` for each week (the integration tests hold
// them equal). The counts are sums of the per-day counts (feedbackByDaySql); the percentiles are
// one statement for all the weeks, which fetches only the values around each rank.

type Scope = { organizationId: string; campaignId: string };

// For each week with replies, the two values around each percentile's rank. Each day's replies
// come sorted from the expression index (campaign, received day, minutes); a week merges its
// seven sorted days, and LIMIT 2 OFFSET k stops after k of them: no sort at all. Counted from the
// top when the rank is in the upper half, so fewer are walked.
export function responseWeekRanksSql(scope: Scope, weeks: Week[], answered: number[]): Sql | null {
  const plans = rankPlans(answered);
  if (!plans.length) return null;
  // The campaign, only if it is the organization's: another organization's yields nothing.
  const own = sql`(SELECT c."id" FROM "Campaign" c WHERE c."id" = ${scope.campaignId} AND c."organizationId" = ${scope.organizationId})`;
  const parts = plans.map((r) => {
    const arms = weekDays(weeks[r.i]).map(
      (day) => sql`SELECT ${raw(String(r.i))} AS i, ${raw(String(r.p))} AS p, ${ANSWERED_MINUTES} AS m FROM "FeedbackItem" f
        WHERE f."campaignId" = (SELECT cid FROM own) AND ${RECEIVED_DAY} = ${dayKeyLiteral(day)} AND ${ANSWERED_MINUTES} >= 0`,
    );
    const offset = r.fromTop ? answered[r.i] - r.hi : r.lo - 1;
    return sql`SELECT * FROM (${join(arms, " UNION ALL ")} ORDER BY 3 ${raw(r.fromTop ? "DESC" : "ASC")} LIMIT 2 OFFSET ${raw(String(offset))}) ${raw(`r${r.i}_${r.p}`)}`;
  });
  return sql`WITH own(cid) AS ${own} ${join(parts, " UNION ALL ")}`;
}
