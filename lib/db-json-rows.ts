import "server-only";
import { isPostgres, raw, sql, type Sql } from "@/lib/db-sql";

// Many rows in one statement with ONE parameter: the rows as a JSON array of arrays, expanded by
// the database (SQLite json_each, PostgreSQL json_array_elements), rather than Prisma's createMany
// or a statement with a parameter per value. At 100,000 rows the query builder cost ~0.4 ms a
// row, and Prisma keeps the arguments of its last ~100 queries for error reports (@prisma/debug's
// argsHistory, even with DEBUG off): 400-row parameter lists held ~150 MB during an import, one
// string per statement a small fraction of that. Callers write values exactly as Prisma writes
// them (ISO dates on SQLite, see jsonTimestamp), so Prisma reads these rows like its own.

// Each column with its PostgreSQL type (SQLite stores the JSON values as they are: text, numbers,
// 0/1 for booleans).
export type JsonColumn = readonly [name: string, pgType: string];

// Rows per statement: Prisma holds on to its last statements' arguments (above), so a batch stays
// small; 250 measured as fast as 2,000 and keeps that under ~10 MB.
export const JSON_BATCH_ROWS = 250;

export function jsonRowsInsert(table: string, columns: readonly JsonColumn[], rows: unknown[][], onConflict: Sql = sql``): Sql {
  const names = raw(columns.map(([name]) => `"${name}"`).join(", "));
  // SQLite: json_each yields each row array as `value`; ->> gives the SQL value (booleans as 0/1).
  // PostgreSQL: ->> gives text, cast to the column's type.
  const values = raw(columns.map(([, type], i) => (isPostgres ? (type === "text" ? `r.value->>${i}` : `CAST(r.value->>${i} AS ${type})`) : `r.value->>${i}`)).join(", "));
  const from = isPostgres ? sql`json_array_elements(CAST(${JSON.stringify(rows)} AS json)) AS r(value)` : sql`json_each(${JSON.stringify(rows)}) AS r`;
  // "WHERE true" keeps SQLite from reading ON CONFLICT as a join's ON.
  return sql`INSERT INTO ${raw(`"${table}"`)} (${names}) SELECT ${values} FROM ${from} WHERE true ${onConflict}`;
}

// A list of values as a one-column subquery, for `x IN (…)` with a single parameter.
export function jsonValues(values: string[]): Sql {
  return isPostgres ? sql`SELECT json_array_elements_text(CAST(${JSON.stringify(values)} AS json))` : sql`SELECT value FROM json_each(${JSON.stringify(values)})`;
}

// A timestamp as Prisma stores it: ISO text with "+00:00" on SQLite, without a zone on PostgreSQL.
export const jsonTimestamp = (d: Date): string => d.toISOString().replace("Z", isPostgres ? "" : "+00:00");
