import "server-only";
import { weekDays, type Week } from "@/lib/dashboard/days";
import { ANSWERED_MINUTES, dayKeyLiteral, isPostgres, join, timestampLiteral, timestampParam, raw, RECEIVED_DAY, sql, type Sql } from "@/lib/dashboard/sql";
import { rankPlans } from "@/lib/dashboard/response-weeks-math";

// First-response figures per week of receipt: the same figures as lib/feedback/response-figures.ts
// `responseFigures(scope, sla, "all", { from, to })` for each week (the integration tests hold
// them equal). The counts are sums of the per-day counts (feedbackByDaySql); the percentiles are
// one statement for all the weeks, which fetches only the values around each rank.

type Scope = { organizationId: string; campaignId: string };

// For each week with replies, the two values around each percentile's rank (SQLite), or the
// percentile itself (PostgreSQL). On SQLite each day's replies come sorted from the expression
// index (campaign, received day, minutes); a week merges its seven sorted days, and LIMIT 2
// OFFSET k stops after k of them: no sort at all. Counted from the top when the rank is in the
// upper half, so fewer are walked.
export function responseWeekRanksSql(scope: Scope, weeks: Week[], answered: number[]): Sql | null {
  const plans = rankPlans(answered);
  if (!plans.length) return null;
  if (isPostgres) return postgresPercentilesSql(scope, weeks);
  // The campaign, only if it is the organization's: another organization's yields nothing.
  const own = sql`(SELECT c."id" FROM "Campaign" c WHERE c."id" = ${scope.campaignId} AND c."organizationId" = ${scope.organizationId})`;
  const parts = plans.map((r) => {
    // The day twice: as the index key, and as a time range that the plain (campaign, received)
    // index can serve where the expression index is missing.
    const arms = weekDays(weeks[r.i]).map(
      (day) => sql`SELECT ${raw(String(r.i))} AS i, ${raw(String(r.p))} AS p, ${ANSWERED_MINUTES} AS m FROM "FeedbackItem" f
        WHERE f."campaignId" = (SELECT cid FROM own) AND ${RECEIVED_DAY} = ${dayKeyLiteral(day)}
          AND f."receivedAt" >= ${timestampLiteral(day, 0)} AND f."receivedAt" < ${timestampLiteral(day, 1)} AND ${ANSWERED_MINUTES} >= 0`,
    );
    const offset = r.fromTop ? answered[r.i] - r.hi : r.lo - 1;
    return sql`SELECT * FROM (${join(arms, " UNION ALL ")} ORDER BY 3 ${raw(r.fromTop ? "DESC" : "ASC")} LIMIT 2 OFFSET ${raw(String(offset))}) ${raw(`r${r.i}_${r.p}`)}`;
  });
  return sql`WITH own(cid) AS ${own} ${join(parts, " UNION ALL ")}`;
}

// PostgreSQL computes the same R-7 percentiles itself (percentile_cont interpolates linearly
// between closest ranks): one small in-memory sort per week (LATERAL), rather than one sort of
// every reply by week and then another within each.
function postgresPercentilesSql(scope: Scope, weeks: Week[]): Sql {
  const rows = weeks.map((w, i) => sql`(${raw(String(i))}, ${timestampParam(w.start)}, ${timestampParam(w.end)})`);
  return sql`WITH own(cid) AS (SELECT c."id" FROM "Campaign" c WHERE c."id" = ${scope.campaignId} AND c."organizationId" = ${scope.organizationId}),
    w(i, s, e) AS (VALUES ${join(rows, ", ")}),
    pct AS (
      SELECT w.i AS i, x.p50 AS p50, x.p90 AS p90 FROM w CROSS JOIN LATERAL (
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${ANSWERED_MINUTES}) AS p50,
          percentile_cont(0.9) WITHIN GROUP (ORDER BY ${ANSWERED_MINUTES}) AS p90
        FROM "FeedbackItem" f
        WHERE f."campaignId" = (SELECT cid FROM own) AND f."receivedAt" >= w.s AND f."receivedAt" < w.e AND f."respondedAt" IS NOT NULL
      ) x
    )
    SELECT i, 50 AS p, p50 AS m FROM pct WHERE p50 IS NOT NULL UNION ALL SELECT i, 90, p90 FROM pct WHERE p90 IS NOT NULL`;
}
