import "server-only";
import { num } from "@/lib/db-sql";
import { addDays, dayKey, type CountRange } from "@/lib/dashboard/days";
import { emptyCounts, type DailyCounts } from "@/lib/dashboard/series";
import { TRUST_ELEMENTS, TRUST_WINDOWS, type TrustElementValue } from "@/lib/dashboard/trust-components";
import {
  BEGINNING,
  baselineEndOf,
  campaignsCte,
  dayKeyParam,
  dayOf,
  daysCte,
  least,
  minusMinutes,
  raw,
  ANSWERED_MINUTES,
  RECEIVED_DAY,
  REPLIED_DAY,
  RESPONSE_MINUTES,
  SLA_EPSILON_MINUTES,
  sql,
  timestampParam,
  type Sql,
} from "@/lib/dashboard/sql";

// The statements behind every daily series: three for feedback (by day received, by day
// replied, by reply deadline), one for commitments, one for stories, each for several campaigns
// at once, never one query per day.

export type DailyScope = { organizationId: string; campaignIds: string[] };

const EPS = raw(String(SLA_EPSILON_MINUTES));

// Feedback by the day it was received, over the range: sentiment, replies and replies within the
// SLA. RECEIVED_DAY leads the proposed expression index, so SQLite streams the groups in index
// order instead of sorting every row; the same days as a time range let the plain (campaign,
// received) index serve it without. The weekly first-response counts are sums of these days.
// (Feedback is never received later than now, so every day is whole but today.)
export function feedbackByDaySql(scope: DailyScope, range: CountRange): Sql {
  const label = (l: string) => sql`COUNT(*) FILTER (WHERE f."sentimentLabel" = ${raw(`'${l}'`)})`;
  return sql`
    WITH ${campaignsCte(scope.organizationId, scope.campaignIds)}
    SELECT f."campaignId" AS cid, ${RECEIVED_DAY} AS day, COUNT(*) AS total, ${label("NEGATIVE")} AS negative, ${label("POSITIVE")} AS positive,
      COUNT(${ANSWERED_MINUTES}) AS answered, COUNT(*) FILTER (WHERE ${ANSWERED_MINUTES} <= camp.sla + ${EPS}) AS within
    FROM camp JOIN "FeedbackItem" f ON f."campaignId" = camp.cid
    WHERE ${RECEIVED_DAY} >= ${dayKeyParam(dayKey(range.start))} AND ${RECEIVED_DAY} <= ${dayKeyParam(dayKey(addDays(range.start, range.days - 1)))}
      AND f."receivedAt" >= ${timestampParam(range.start)} AND f."receivedAt" < ${timestampParam(addDays(range.start, range.days))}
    GROUP BY f."campaignId", ${RECEIVED_DAY}`;
}

// Replies by the day they were sent (each day's counted as of its end; a reply is never later
// than now), and everything before the range in one row. REPLIED_DAY leads the proposed expression
// index, so the groups stream in index order.
export function repliesByDaySql(scope: DailyScope, range: CountRange): Sql {
  const first = dayKeyParam(dayKey(range.start));
  const last = dayKeyParam(dayKey(addDays(range.start, range.days - 1)));
  // The days again as a time range too, which the plain (campaign, replied) index can serve
  // where the expression index is missing.
  const start = timestampParam(range.start);
  const end = timestampParam(addDays(range.start, range.days));
  const counts = sql`COUNT(*) AS answered, COUNT(*) FILTER (WHERE ${RESPONSE_MINUTES} <= camp.sla + ${EPS}) AS within`;
  const from = sql`FROM camp JOIN "FeedbackItem" f ON f."campaignId" = camp.cid`;
  return sql`
    WITH ${campaignsCte(scope.organizationId, scope.campaignIds)}
    SELECT f."campaignId" AS cid, ${REPLIED_DAY} AS day, ${counts} ${from}
      WHERE ${REPLIED_DAY} >= ${first} AND ${REPLIED_DAY} <= ${last} AND f."respondedAt" >= ${start} AND f."respondedAt" < ${end}
      GROUP BY f."campaignId", ${REPLIED_DAY}
    UNION ALL
    SELECT f."campaignId", NULL, ${counts} ${from} WHERE ${REPLIED_DAY} < ${first} AND f."respondedAt" < ${start} GROUP BY f."campaignId"`;
}

// What needs the exact time, per (campaign, day) pair, each pair counting its own index range
// (which walks each index entry once, where grouping by a computed day would sort every row):
// items by the day their reply fell due (received + SLA). Slot -1 is everything before the range
// (its sentiment too); slot -2 the campaign's baseline sentiment, counted only when the baseline
// ended before the range (otherwise it is a sum of the range's days).
export function feedbackDailySql(scope: DailyScope, range: CountRange, now: Date): Sql {
  const baseline = least(baselineEndOf("c.occurred", TRUST_WINDOWS.baselineDays), timestampParam(now));
  const count = (where: Sql) => sql`(SELECT COUNT(*) FROM "FeedbackItem" f WHERE f."campaignId" = g.cid AND ${where})`;
  const before = sql`g.i = -1 OR (g.i = -2 AND g.e <= ${timestampParam(range.start)})`;
  const received = (label: string) =>
    sql`CASE WHEN ${before} THEN ${count(sql`f."sentimentLabel" = ${raw(`'${label}'`)} AND f."receivedAt" >= g.s AND f."receivedAt" < g.e`)} END`;
  const dueIn = sql`f."receivedAt" >= ${minusMinutes("g.s", "g.sla")} AND f."receivedAt" < ${minusMinutes("g.e", "g.sla")}`;
  return sql`
    WITH RECURSIVE ${campaignsCte(scope.organizationId, scope.campaignIds)}, ${daysCte(range.start, range.days, now)},
    grid AS (
      SELECT c.cid, c.sla, d.i, d.s, d.e FROM camp c CROSS JOIN days d
      UNION ALL
      SELECT c.cid, c.sla, -2, ${timestampParam(BEGINNING)}, ${baseline} FROM camp c
    )
    SELECT g.cid AS cid, g.i AS i,
      ${received("NEGATIVE")} AS negative,
      ${received("NEUTRAL")} AS neutral,
      ${received("POSITIVE")} AS positive,
      CASE WHEN g.i >= -1 THEN ${count(sql`${dueIn} AND ((f."respondedAt" IS NULL AND f."status" <> 'CLOSED') OR ${RESPONSE_MINUTES} > g.sla + ${EPS})`)} END AS "overdueStarts"
    FROM grid g`;
}

// Before the range: '' (slot 0); otherwise the day.
const bucket = (range: CountRange, column: string) =>
  sql`CASE WHEN ${raw(column)} < ${timestampParam(range.start)} THEN '' ELSE ${dayOf(column)} END`;

// Commitments and stories are small tables: grouping by day is cheap there. Each commitment is
// read once (with the time of its first live evidence), then counted under each heading.
export function commitmentDailySql(scope: DailyScope, range: CountRange, now: Date): Sql {
  const at = timestampParam(now);
  const done = sql`b.status = 'DONE' AND b.done_at < ${at}`;
  // Due dates are stored as the end of the chosen day (lib/commitments/schemas.ts), so "on or
  // before the due date" is a plain comparison.
  const onTime = sql`b.done_at <= b.due`;
  return sql`
    WITH ${campaignsCte(scope.organizationId, scope.campaignIds)},
    b AS MATERIALIZED (
      SELECT m."campaignId" AS cid, CAST(m."status" AS TEXT) AS status, CAST(m."trustElement" AS TEXT) AS element,
        m."createdAt" AS created, m."dueDate" AS due, COALESCE(m."completedAt", m."updatedAt") AS done_at,
        CASE WHEN m."status" IN ('DONE', 'IN_PROGRESS')
          THEN (SELECT MIN(e."createdAt") FROM "Evidence" e WHERE e."commitmentId" = m."id" AND e."retractedAt" IS NULL) END AS evidenced
      FROM "Commitment" m JOIN camp ON camp.cid = m."campaignId"
    )
    SELECT x.cid AS cid, x.kind AS kind, x.k AS k, x.day AS day, COUNT(*) AS n FROM (
      SELECT b.cid AS cid, 'created' AS kind, b.element AS k, ${bucket(range, "b.created")} AS day FROM b WHERE b.status <> 'DROPPED' AND b.created < ${at}
      UNION ALL
      SELECT b.cid, 'due', CASE WHEN b.status = 'DROPPED' THEN 'dropped' ELSE 'kept' END, ${bucket(range, "b.due")} FROM b WHERE b.due < ${at}
      UNION ALL
      SELECT b.cid, 'kept', '', ${bucket(range, "b.done_at")} FROM b WHERE ${done} AND ${onTime}
      UNION ALL
      SELECT b.cid, 'keptByDueDate', '', ${bucket(range, "b.due")} FROM b WHERE ${done} AND ${onTime} AND b.due < ${at}
      UNION ALL
      SELECT b.cid, 'done', '', ${bucket(range, "b.done_at")} FROM b WHERE ${done}
      UNION ALL
      SELECT b.cid, 'active', '', ${bucket(range, "b.created")} FROM b WHERE b.status IN ('DONE', 'IN_PROGRESS') AND b.created < ${at}
      UNION ALL
      SELECT y.cid, 'evidenced', '', ${bucket(range, "y.since")} FROM (
        SELECT b.cid AS cid, CASE WHEN b.evidenced > b.created THEN b.evidenced ELSE b.created END AS since FROM b WHERE b.evidenced IS NOT NULL
      ) y WHERE y.since < ${at}
    ) x GROUP BY x.cid, x.kind, x.k, x.day`;
}

export function storyDailySql(scope: DailyScope, range: CountRange, now: Date): Sql {
  const at = timestampParam(now);
  const from = sql`FROM "CustomerStory" s JOIN camp ON camp.cid = s."campaignId"`;
  return sql`
    WITH ${campaignsCte(scope.organizationId, scope.campaignIds)}
    SELECT x.cid AS cid, x.kind AS kind, '' AS k, x.day AS day, COUNT(*) AS n FROM (
      SELECT s."campaignId" AS cid, 'collected' AS kind, ${bucket(range, 's."createdAt"')} AS day ${from} WHERE s."createdAt" < ${at}
      UNION ALL
      SELECT s."campaignId", 'published', ${bucket(range, 's."publishedAt"')} ${from}
        WHERE s."isPublished" = ${true} AND s."consentStatus" = 'GRANTED' AND s."publishedAt" < ${at}
    ) x GROUP BY x.cid, x.kind, x.day`;
}

export type FeedbackRow = { cid: string; i: unknown; negative: unknown; neutral: unknown; positive: unknown; answered: unknown; within: unknown; overdueStarts: unknown };
export type ReplyDayRow = { cid: string; day: unknown; answered: unknown; within: unknown };
export type FeedbackDayRow = { cid: string; day: unknown; total: unknown; negative: unknown; positive: unknown; answered: unknown; within: unknown };

// SQLite gives the day as text, PostgreSQL as a date.
export const dayKeyOf = (v: unknown) => (v instanceof Date ? dayKey(v) : String(v));
export type GroupedRow = { cid: string; kind: string; k: string; day: string; n: unknown };


// Fills one DailyCounts per campaign from the statements' rows.
export function collectDailyCounts(
  campaignIds: string[],
  range: CountRange,
  rows: { feedback: FeedbackRow[]; feedbackByDay: FeedbackDayRow[]; repliesByDay: ReplyDayRow[]; commitments: GroupedRow[]; stories: GroupedRow[] },
): Map<string, DailyCounts> {
  const out = new Map(campaignIds.map((id) => [id, emptyCounts(range.days)]));
  const slotOfDay = new Map<string, number>([["", 0]]);
  for (let k = 0; k < range.days; k++) slotOfDay.set(dayKey(addDays(range.start, k)), k + 1);

  for (const r of rows.feedback) {
    const f = out.get(r.cid)?.feedback;
    if (!f) continue;
    const i = num(r.i);
    if (i === -2) {
      // Null when the baseline lies within the range: the series sums its days instead.
      if (r.negative !== null) f.baseline = { total: num(r.negative) + num(r.neutral) + num(r.positive), negative: num(r.negative) };
      continue;
    }
    if (i === -1) {
      f.negative[0] = num(r.negative);
      f.neutral[0] = num(r.neutral);
      f.positive[0] = num(r.positive);
    }
    f.overdueStarts[i + 1] = num(r.overdueStarts);
  }
  for (const r of rows.repliesByDay) {
    const f = out.get(r.cid)?.feedback;
    const slot = r.day === null ? 0 : slotOfDay.get(dayKeyOf(r.day));
    if (!f || slot === undefined) continue;
    f.answered[slot] = num(r.answered);
    f.within[slot] = num(r.within);
  }
  for (const r of rows.feedbackByDay) {
    const f = out.get(r.cid)?.feedback;
    const slot = slotOfDay.get(dayKeyOf(r.day));
    if (!f || !slot) continue;
    f.negative[slot] = num(r.negative);
    f.positive[slot] = num(r.positive);
    f.neutral[slot] = num(r.total) - num(r.negative) - num(r.positive);
  }
  for (const r of rows.commitments) {
    const c = out.get(r.cid)?.commitments;
    const slot = slotOfDay.get(r.day);
    if (!c || slot === undefined) continue;
    const n = num(r.n);
    if (r.kind === "created" && TRUST_ELEMENTS.includes(r.k as TrustElementValue)) c.created[r.k as TrustElementValue][slot] += n;
    else if (r.kind === "due") {
      c.due[slot] += n;
      if (r.k !== "dropped") c.dueNotDropped[slot] += n;
    } else if (r.kind === "kept" || r.kind === "keptByDueDate" || r.kind === "done" || r.kind === "active" || r.kind === "evidenced") c[r.kind][slot] += n;
  }
  for (const r of rows.stories) {
    const s = out.get(r.cid)?.stories;
    const slot = slotOfDay.get(r.day);
    if (!s || slot === undefined) continue;
    if (r.kind === "collected" || r.kind === "published") s[r.kind][slot] += num(r.n);
  }
  return out;
}
