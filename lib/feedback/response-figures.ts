import "server-only";
import { db } from "@/lib/db";
import { minutesBetween, num, raw, sql, type Sql } from "@/lib/db-sql";
import type { ResponseFigures } from "@/lib/feedback/sla";

// First-response figures computed in the database (never by loading the rows): counts and the
// share within the SLA by a GROUP BY, the median and 90th percentile by window functions that
// fetch only the two ranks around each percentile. Interpolation between them is the same R-7
// method as lib/feedback/sla.ts `percentile`, so both agree.

type Grouping = "all" | "channel" | "responder";

const GROUP_COLUMN: Record<Grouping, Sql> = {
  all: raw(`'all'`),
  channel: raw(`CAST(f."channel" AS TEXT)`),
  responder: raw(`COALESCE(f."responderId", 'unknown')`),
};

const minutes = minutesBetween('f."receivedAt"', 'f."respondedAt"');
// SQLite measures durations through julianday floats: a reply at exactly the deadline can come out
// a few nanoseconds over. A tenth of a millisecond of slack keeps "at the deadline" within it.
const SLA_EPSILON_MINUTES = 1e-4 / 60;

function interpolate(values: Map<number, number>, n: number, p: number): number | null {
  if (n === 0) return null;
  const scaled = p * (n - 1);
  const lo = Math.floor(scaled / 100);
  const hi = Math.ceil(scaled / 100);
  const a = values.get(lo + 1), b = values.get(hi + 1);
  if (a === undefined || b === undefined) return null;
  return a + (b - a) * (scaled / 100 - lo);
}

export async function responseFigures(
  scope: { organizationId: string; campaignId: string },
  slaMinutes: number,
  grouping: Grouping,
  window?: { from?: Date; to?: Date },
): Promise<Map<string, ResponseFigures>> {
  const group = GROUP_COLUMN[grouping];
  const conds: Sql[] = [sql`f."organizationId" = ${scope.organizationId}`, sql`f."campaignId" = ${scope.campaignId}`];
  if (grouping === "responder") conds.push(sql`f."respondedAt" IS NOT NULL`);
  if (window?.from) conds.push(sql`f."receivedAt" >= ${window.from}`);
  if (window?.to) conds.push(sql`f."receivedAt" < ${window.to}`);
  const where = joinAnd(conds);
  const [counts, ranks] = await Promise.all([
    db.$queryRaw<{ grp: string; total: unknown; answered: unknown; within: unknown }[]>(sql`
      SELECT ${group} AS grp, COUNT(*) AS total, COUNT(f."respondedAt") AS answered,
             SUM(CASE WHEN f."respondedAt" IS NOT NULL AND ${minutes} <= ${slaMinutes + SLA_EPSILON_MINUTES} THEN 1 ELSE 0 END) AS within
      FROM "FeedbackItem" f WHERE ${where} GROUP BY 1`),
    db.$queryRaw<{ grp: string; rn: unknown; m: unknown }[]>(sql`
      SELECT grp, rn, m FROM (
        SELECT ${group} AS grp, ${minutes} AS m,
               ROW_NUMBER() OVER (PARTITION BY ${group} ORDER BY ${minutes}) AS rn,
               COUNT(*) OVER (PARTITION BY ${group}) AS n
        FROM "FeedbackItem" f WHERE ${where} AND f."respondedAt" IS NOT NULL
      ) ranked
      WHERE rn IN ((n - 1) / 2 + 1, n / 2 + 1, (9 * (n - 1)) / 10 + 1, (9 * (n - 1) + 9) / 10 + 1)`),
  ]);
  const rankValues = new Map<string, Map<number, number>>();
  for (const r of ranks) {
    const m = rankValues.get(r.grp) ?? new Map<number, number>();
    m.set(num(r.rn), num(r.m));
    rankValues.set(r.grp, m);
  }
  const out = new Map<string, ResponseFigures>();
  for (const c of counts) {
    const answered = num(c.answered);
    const values = rankValues.get(c.grp) ?? new Map();
    out.set(c.grp, {
      count: num(c.total),
      answered,
      medianMinutes: interpolate(values, answered, 50),
      p90Minutes: interpolate(values, answered, 90),
      withinSlaShare: answered ? num(c.within) / answered : null,
    });
  }
  return out;
}

function joinAnd(conds: Sql[]): Sql {
  return conds.reduce((acc, c, i) => (i === 0 ? c : sql`${acc} AND ${c}`));
}
