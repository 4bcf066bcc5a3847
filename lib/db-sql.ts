import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import { databaseProvider } from "@/lib/env";

// Raw SQL that reads the same on SQLite and PostgreSQL, for the queries Prisma's API cannot
// express efficiently (full-text search, percentiles, aggregates by day).
export const sql = Prisma.sql;
export const join = Prisma.join;
export const raw = Prisma.raw;
export const empty = Prisma.empty;
export type Sql = Prisma.Sql;

export const isPostgres = databaseProvider === "postgresql";

// Prisma stores SQLite DateTimes as ISO text with "+00:00"; comparing against the same format
// keeps raw comparisons consistent with Prisma's own.
export function dateParam(d: Date): Date | string {
  return isPostgres ? d : d.toISOString().replace("Z", "+00:00");
}

// Enum columns compare as text on both (PostgreSQL enums do not compare with text parameters).
export function enumCol(column: string): Sql {
  return raw(isPostgres ? `${column}::text` : column);
}

// Never negative: two systems' clocks can put a reply a moment before its question (as in
// lib/feedback/sla.ts).
export function minutesBetween(from: string, to: string): Sql {
  return raw(
    isPostgres
      ? `GREATEST(0.0, EXTRACT(EPOCH FROM (${to} - ${from})) / 60.0)`
      : `MAX(0.0, (julianday(${to}) - julianday(${from})) * 1440.0)`,
  );
}

// The day (UTC, "YYYY-MM-DD") of a timestamp column, for grouping by day.
export function dayOf(column: string): Sql {
  return raw(isPostgres ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')` : `substr(${column}, 1, 10)`);
}

// Raw counts arrive as BigInt on SQLite (safe integers) and as strings or numbers on PostgreSQL.
export function num(v: unknown): number {
  if (v === null || v === undefined) return 0;
  return typeof v === "bigint" ? Number(v) : Number(v);
}
