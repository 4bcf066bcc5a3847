import "server-only";
import { dateParam, isPostgres, join, num, raw, sql, type Sql } from "@/lib/db-sql";

// SQL pieces shared by the dashboard's aggregates, reading the same on SQLite and PostgreSQL.

// Minutes to the first reply (null while unanswered, never negative): the generated column of
// migration 20261207002000. Its indexes hold it, so figures read it from the index instead of
// parsing two timestamps per row.
export const RESPONSE_MINUTES = raw(`f."responseMinutes"`);

// As in response-figures.ts: julianday arithmetic can put a reply at exactly the deadline a few
// nanoseconds over it.
export const SLA_EPSILON_MINUTES = 1e-4 / 60;

// The UTC day ("YYYY-MM-DD") of a timestamp column. PostgreSQL holds Prisma's DateTime as a
// timestamp without time zone in UTC: formatting it as is does not depend on the session's zone.
export function dayOf(column: string): Sql {
  return raw(isPostgres ? `to_char(${column}, 'YYYY-MM-DD')` : `substr(${column}, 1, 10)`);
}

// The UTC day a feedback item was received, written exactly as the expression index
// (campaign, received day, response minutes) holds it (SQLite: its ISO text's first ten
// characters; PostgreSQL: a date), so each day's replies come sorted by response time.
export const RECEIVED_DAY = raw(isPostgres ? `CAST(f."receivedAt" AS date)` : `substr(f."receivedAt", 1, 10)`);

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

// The campaigns of one organization, so every aggregate is scoped by organization even when it
// reads the feedback through its campaign index.
export function campaignsCte(organizationId: string, campaignIds: string[]): Sql {
  const ids = campaignIds.length ? join(campaignIds.map((id) => sql`${id}`), ", ") : sql`NULL`;
  return sql`camp AS (
    SELECT c."id" AS cid, c."slaMinutes" AS sla, c."occurredAt" AS occurred
    FROM "Campaign" c WHERE c."organizationId" = ${organizationId} AND c."id" IN (${ids}))`;
}

// The first day after a campaign's baseline ("YYYY-MM-DD"), from its "occurred" column: the day
// it happened plus `days` days.
export function baselineEndDayOf(column: string, days: number): Sql {
  if (!Number.isInteger(days)) throw new RangeError("Whole days only.");
  return raw(isPostgres ? `to_char(${column} + interval '${days} days', 'YYYY-MM-DD')` : `date(${column}, '+${days} days')`);
}

export const timestampParam = stamp;

export { dateParam, isPostgres, join, num, raw, sql, type Sql };
