import "server-only";
import { dateParam, isPostgres, join, minutesBetween, num, raw, sql, type Sql } from "@/lib/db-sql";

// SQL pieces shared by the dashboard's aggregates, reading the same on SQLite and PostgreSQL.

// Minutes to the first reply, written exactly as lib/feedback/response-figures.ts writes them. On
// SQLite the expression indexes proposed with the dashboard hold this very expression, so the
// planner reads it from the index instead of parsing two timestamps per row.
export const RESPONSE_MINUTES = minutesBetween('f."receivedAt"', 'f."respondedAt"');

// The same, null for an unanswered item: SQLite's MAX(0.0, NULL) is null already, PostgreSQL's
// GREATEST skips the null and would say 0.
export const ANSWERED_MINUTES = isPostgres ? sql`(CASE WHEN f."respondedAt" IS NULL THEN NULL ELSE ${RESPONSE_MINUTES} END)` : RESPONSE_MINUTES;

// As in response-figures.ts: julianday arithmetic can put a reply at exactly the deadline a few
// nanoseconds over it.
export const SLA_EPSILON_MINUTES = 1e-4 / 60;

// Earlier than any record: the lower bound of "everything before".
export const BEGINNING = new Date(0);

// The UTC day ("YYYY-MM-DD") of a timestamp column. PostgreSQL holds Prisma's DateTime as a
// timestamp without time zone in UTC: formatting it as is does not depend on the session's zone.
export function dayOf(column: string): Sql {
  return raw(isPostgres ? `to_char(${column}, 'YYYY-MM-DD')` : `substr(${column}, 1, 10)`);
}

// The UTC day a feedback item was received, written exactly as the expression indexes proposed
// with the dashboard hold it (SQLite: its ISO text's first ten characters; PostgreSQL: a date), so
// grouping by it streams in index order and each day's replies come sorted by response time.
// Statements that filter on it also filter on the timestamp, so without those indexes the plain
// (campaign, received) index still serves them.
export const RECEIVED_DAY = raw(isPostgres ? `CAST(f."receivedAt" AS date)` : `substr(f."receivedAt", 1, 10)`);

// The UTC day of the first reply, likewise (null when unanswered).
export const REPLIED_DAY = raw(isPostgres ? `CAST(f."respondedAt" AS date)` : `substr(f."respondedAt", 1, 10)`);

// A "YYYY-MM-DD" key comparable with RECEIVED_DAY and REPLIED_DAY.
export const dayKeyParam = (key: string): Sql => (isPostgres ? sql`CAST(${key} AS date)` : sql`${key}`);

// The same written into the statement, for statements with many days (hundreds of bound values
// cost more to pass than the query costs to run). Only ever a checked date, never input.
export function dayKeyLiteral(key: string): Sql {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(key)) throw new RangeError(`Not a day: ${key}`);
  return raw(isPostgres ? `DATE '${key}'` : `'${key}'`);
}

// A timestamp (a column name or an expression) moved back by a number of minutes held in a column.
export function minusMinutes(timestamp: string | Sql, minutesColumn: string): Sql {
  const ts = typeof timestamp === "string" ? raw(timestamp) : timestamp;
  return isPostgres
    ? sql`(${ts} - ${raw(minutesColumn)} * interval '1 minute')`
    : sql`strftime('%Y-%m-%dT%H:%M:%f+00:00', ${ts}, '-' || ${raw(minutesColumn)} || ' minutes')`;
}

const stamp = (d: Date) => (isPostgres ? sql`CAST(${dateParam(d)} AS timestamp)` : sql`${dateParam(d)}`);

// The counted days as rows days(i, s, e), written by the database itself: day i of the range
// runs from s to e (the last one ends at `now`), and i = -1 is everything before the range.
export function daysCte(start: Date, days: number, now: Date): Sql {
  if (!Number.isInteger(days) || days < 1) throw new RangeError("At least one whole day.");
  const last = raw(String(days - 1));
  if (isPostgres) {
    return sql`days(i, s, e) AS (
      SELECT i, CASE WHEN i < 0 THEN ${stamp(BEGINNING)} ELSE ${stamp(start)} + i * interval '1 day' END,
        LEAST(${stamp(start)} + (i + 1) * interval '1 day', ${stamp(now)})
      FROM generate_series(-1, ${last}) AS i)`;
  }
  const plusDays = (n: string) => sql`strftime('%Y-%m-%dT%H:%M:%f+00:00', ${dateParam(start)}, '+' || (${raw(n)}) || ' days')`;
  return sql`seq(i) AS (SELECT -1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${last}),
    days(i, s, e) AS (
      SELECT i, CASE WHEN i < 0 THEN ${dateParam(BEGINNING)} ELSE ${plusDays("i")} END, MIN(${plusDays("i + 1")}, ${dateParam(now)})
      FROM seq)`;
}

// The start of a day (plus some days) written into the statement, in the column's own format.
export function timestampLiteral(key: string, plusDays = 0): Sql {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(key) || !Number.isInteger(plusDays)) throw new RangeError(`Not a day: ${key}`);
  const iso = new Date(Date.parse(`${key}T00:00:00Z`) + plusDays * 86_400_000).toISOString();
  return raw(isPostgres ? `TIMESTAMP '${iso.slice(0, 23).replace("T", " ")}'` : `'${iso.replace("Z", "+00:00")}'`);
}

// The campaigns of one organization, so every aggregate is scoped by organization even when it
// reads the feedback through its campaign index.
export function campaignsCte(organizationId: string, campaignIds: string[]): Sql {
  const ids = campaignIds.length ? join(campaignIds.map((id) => sql`${id}`), ", ") : sql`NULL`;
  return sql`camp AS (
    SELECT c."id" AS cid, c."slaMinutes" AS sla, c."occurredAt" AS occurred
    FROM "Campaign" c WHERE c."organizationId" = ${organizationId} AND c."id" IN (${ids}))`;
}

// The end of a campaign's baseline, from its "occurred" column: the start of its first day plus
// `days` days.
export function baselineEndOf(column: string, days: number): Sql {
  if (!Number.isInteger(days)) throw new RangeError("Whole days only.");
  return raw(
    isPostgres
      ? `(date_trunc('day', ${column}) + interval '${days} days')`
      : `strftime('%Y-%m-%dT00:00:00.000+00:00', ${column}, '+${days} days')`,
  );
}

export const least = (a: Sql, b: Sql) => (isPostgres ? sql`LEAST(${a}, ${b})` : sql`MIN(${a}, ${b})`);
export const timestampParam = stamp;

export { dateParam, isPostgres, join, num, raw, sql, type Sql };
