import "server-only";
import { num } from "@/lib/db-sql";
import { addDays, dayKey, type CountRange } from "@/lib/dashboard/days";
import { emptyCounts, type DailyCounts } from "@/lib/dashboard/series";
import { TRUST_ELEMENTS, TRUST_WINDOWS, type TrustElementValue } from "@/lib/dashboard/trust-components";
import {
  baselineEndDayOf,
  campaignsCte,
  dayOf,
  minusMinutes,
  raw,
  RESPONSE_MINUTES,
  SLA_EPSILON_MINUTES,
  sql,
  timestampParam,
  type Sql,
} from "@/lib/dashboard/sql";

// The statements behind every daily series: one for feedback (from the counts kept per day), one
// for commitments, one for stories, each for several campaigns at once, never one query per day.

export type DailyScope = { organizationId: string; campaignIds: string[] };

const EPS = raw(String(SLA_EPSILON_MINUTES));

// Feedback, from the per-day counts the database keeps (FeedbackDayStat, migration
// 20261207002000): each campaign's days in the range, everything before the range as one row
// (day ""), and the campaign's baseline as one row (day "<") when it ended before the range. A
// few dozen rows, whatever the number of items. The last day's overdue count is taken live
// ("now"): the kept counts hold items whose reply falls due later today, which are not late yet.
export function feedbackDaysSql(scope: DailyScope, range: CountRange, now: Date): Sql {
  const first = dayKey(range.start);
  const last = dayKey(addDays(range.start, range.days - 1));
  const baselineEnd = baselineEndDayOf("camp.occurred", TRUST_WINDOWS.baselineDays);
  const sums = sql`SUM(s."received") AS received, SUM(s."negative") AS negative, SUM(s."positive") AS positive,
    SUM(s."replied") AS replied, SUM(s."repliedWithin") AS "repliedWithin", SUM(s."answered") AS answered,
    SUM(s."answeredWithin") AS "answeredWithin", SUM(s."overdue") AS overdue`;
  const late = sql`((f."respondedAt" IS NULL AND f."status" <> 'CLOSED') OR ${RESPONSE_MINUTES} > camp.sla + ${EPS})`;
  const lastDayStart = timestampParam(addDays(range.start, range.days - 1));
  return sql`
    WITH ${campaignsCte(scope.organizationId, scope.campaignIds)}
    SELECT s."campaignId" AS cid, CASE WHEN s."day" >= ${first} THEN s."day" ELSE '' END AS day, ${sums}
      FROM camp JOIN "FeedbackDayStat" s ON s."campaignId" = camp.cid WHERE s."day" <= ${last} GROUP BY 1, 2
    UNION ALL
    SELECT camp.cid, '<', ${sums}
      FROM camp LEFT JOIN "FeedbackDayStat" s ON s."campaignId" = camp.cid AND s."day" < ${baselineEnd}
      WHERE ${baselineEnd} <= ${first} GROUP BY camp.cid
    UNION ALL
    SELECT camp.cid, 'now', 0, 0, 0, 0, 0, 0, 0, (
      SELECT COUNT(*) FROM "FeedbackItem" f WHERE f."campaignId" = camp.cid AND ${late}
        AND f."receivedAt" >= ${minusMinutes(lastDayStart, "camp.sla")} AND f."receivedAt" < ${minusMinutes(timestampParam(now), "camp.sla")})
      FROM camp`;
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

// Day: "YYYY-MM-DD" in the range, "" before it, "<" the baseline, "now" the live overdue count.
export type FeedbackDayRow = {
  cid: string; day: string; received: unknown; negative: unknown; positive: unknown; replied: unknown; repliedWithin: unknown;
  answered: unknown; answeredWithin: unknown; overdue: unknown;
};
export type GroupedRow = { cid: string; kind: string; k: string; day: string; n: unknown };


// Fills one DailyCounts per campaign from the statements' rows.
export function collectDailyCounts(
  campaignIds: string[],
  range: CountRange,
  rows: { feedbackDays: FeedbackDayRow[]; commitments: GroupedRow[]; stories: GroupedRow[] },
): Map<string, DailyCounts> {
  const out = new Map(campaignIds.map((id) => [id, emptyCounts(range.days)]));
  const slotOfDay = new Map<string, number>([["", 0]]);
  for (let k = 0; k < range.days; k++) slotOfDay.set(dayKey(addDays(range.start, k)), k + 1);

  for (const r of rows.feedbackDays) {
    const f = out.get(r.cid)?.feedback;
    if (!f) continue;
    if (r.day === "<") {
      f.baseline = { total: num(r.received), negative: num(r.negative) };
      continue;
    }
    if (r.day === "now") {
      f.overdueStarts[range.days] = num(r.overdue);
      continue;
    }
    const slot = slotOfDay.get(r.day);
    if (slot === undefined) continue;
    f.negative[slot] = num(r.negative);
    f.positive[slot] = num(r.positive);
    f.neutral[slot] = num(r.received) - num(r.negative) - num(r.positive);
    // Replies by the day they were sent.
    f.answered[slot] = num(r.replied);
    f.within[slot] = num(r.repliedWithin);
    if (slot < range.days) f.overdueStarts[slot] = num(r.overdue);
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
