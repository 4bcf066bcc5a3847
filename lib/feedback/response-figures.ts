import "server-only";
import { db } from "@/lib/db";
import { enumEquals, isPostgres, join, num, raw, sql, type Sql } from "@/lib/db-sql";
import { FEEDBACK_CHANNELS } from "@/lib/feedback/csv-mapping";
import { interpolateRank, rankPlans } from "@/lib/feedback/percentile-ranks";
import { rankValuesSql, valuesByPlan } from "@/lib/feedback/percentile-sql";
import type { ResponseFigures } from "@/lib/feedback/sla";

// First-response figures computed in the database, never by loading the rows: counts and the share
// within the SLA by a GROUP BY, the median and 90th percentile from the two values around each
// rank (lib/feedback/percentile-ranks.ts: the same R-7 method as lib/feedback/sla.ts
// `percentile`). Both read "responseMinutes" (the generated column of migration 20261207002000)
// from the (campaign, channel, minutes) and (campaign, responder, minutes) indexes in order, so
// neither touches the table nor sorts: a few milliseconds at 80,000 items.

type Grouping = "all" | "channel" | "responder";

const MINUTES = raw(`f."responseMinutes"`);
// SQLite measures durations through julianday floats: a reply at exactly the deadline can come out
// a few nanoseconds over. A tenth of a millisecond of slack keeps "at the deadline" within it.
const SLA_EPSILON_MINUTES = 1e-4 / 60;
const enumText = (column: string) => raw(isPostgres ? `${column}::text` : column);
// Compared as the column's own type, so PostgreSQL can use the index on it.
const channelIs = (channel: string) => enumEquals('f."channel"', "FeedbackChannel", channel);

// Each group's key, and what to group by: the plain column, so the rows come grouped in the order
// of the (campaign, channel|responder, minutes) index and the planner reads that index.
const GROUPS: Record<Grouping, { key: Sql; by: Sql }> = {
  all: { key: raw(`'all'`), by: raw("") },
  channel: { key: enumText(`f."channel"`), by: raw(`GROUP BY f."channel"`) },
  responder: { key: raw(`COALESCE(f."responderId", 'unknown')`), by: raw(`GROUP BY f."responderId"`) },
};

export async function responseFigures(
  scope: { organizationId: string; campaignId: string },
  slaMinutes: number,
  grouping: Grouping,
  window?: { from?: Date; to?: Date },
): Promise<Map<string, ResponseFigures>> {
  // The campaign only if it is the organization's, so every row read is the organization's while
  // the indexes (which lead with the campaign) still serve the whole statement.
  const own = sql`(SELECT c."id" FROM "Campaign" c WHERE c."id" = ${scope.campaignId} AND c."organizationId" = ${scope.organizationId})`;
  const conds: Sql[] = [sql`f."campaignId" = ${own}`];
  if (grouping === "responder") conds.push(sql`${MINUTES} IS NOT NULL`);
  if (window?.from) conds.push(sql`f."receivedAt" >= ${window.from}`);
  if (window?.to) conds.push(sql`f."receivedAt" < ${window.to}`);
  const where = join(conds, " AND ");
  const group = GROUPS[grouping];
  const counts = await db.$queryRaw<{ grp: string; total: unknown; answered: unknown; within: unknown }[]>(sql`
    SELECT ${group.key} AS grp, COUNT(*) AS total, COUNT(${MINUTES}) AS answered,
           COUNT(CASE WHEN ${MINUTES} <= ${slaMinutes + SLA_EPSILON_MINUTES} THEN 1 END) AS within
    FROM "FeedbackItem" f WHERE ${where} ${group.by}`);

  const plans = rankPlans(counts.map((c) => [c.grp, num(c.answered)]));
  // The answered values of one group, in order: for "all", one ordered arm per channel, merged.
  const arms = (key: string): Sql[] => {
    const answered = sql`${where} AND ${MINUTES} >= 0`;
    const select = (match: Sql) => sql`SELECT ${MINUTES} AS m FROM "FeedbackItem" f WHERE ${answered} AND ${match}`;
    if (grouping === "all") return FEEDBACK_CHANNELS.map((ch) => select(channelIs(ch)));
    if (grouping === "channel") return [select(channelIs(key))];
    return [select(key === "unknown" ? sql`f."responderId" IS NULL` : sql`f."responderId" = ${key}`)];
  };
  const values = plans.length ? valuesByPlan(await db.$queryRaw<{ i: unknown; m: unknown }[]>(rankValuesSql(plans, (plan) => arms(plan.key)))) : new Map<number, number[]>();
  const pct = new Map(plans.map((plan, k) => [`${plan.key}:${plan.p}`, interpolateRank(plan, values.get(k) ?? [])]));

  const out = new Map<string, ResponseFigures>();
  for (const c of counts) {
    const answered = num(c.answered);
    out.set(c.grp, {
      count: num(c.total),
      answered,
      medianMinutes: pct.get(`${c.grp}:50`) ?? null,
      p90Minutes: pct.get(`${c.grp}:90`) ?? null,
      withinSlaShare: answered ? num(c.within) / answered : null,
    });
  }
  return out;
}
