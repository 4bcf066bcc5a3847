// Bulk inserts for the dataset, straight through the drivers: multi-row prepared statements in one
// transaction on SQLite, multi-row INSERT … SELECT FROM unnest(arrays) on PostgreSQL (one round
// trip per few thousand rows). Going through Prisma would make the dataset itself take minutes.
// Values arrive as JS values and are stored the way Prisma stores them (SQLite DateTime as ISO
// text with "+00:00", booleans as 0/1, Json as text), so the app reads them back as its own.
import Database from "better-sqlite3";
import pg from "pg";

export type ColType = "text" | "int" | "float" | "bool" | "ts" | "json" | { enum: string };
export type TableSpec = { name: string; columns: Record<string, ColType> };
export type Row = Record<string, unknown>;

export interface Writer {
  insert(table: TableSpec, rows: Row[]): Promise<void>;
  commit(): Promise<void>;
  close(): Promise<void>;
}

const sqliteValue = (type: ColType, v: unknown): unknown => {
  if (v === null || v === undefined) return null;
  if (type === "ts") return (v as Date).toISOString().replace("Z", "+00:00");
  if (type === "bool") return v ? 1 : 0;
  if (type === "json") return JSON.stringify(v);
  return v;
};

// What the database derives by triggers on every row (migration 20261207002000), and how to
// derive it in one statement instead: a bulk load drops these triggers, inserts, then rebuilds and
// puts the triggers back, in its one transaction, as one would load any database with triggers.
// The result is the same (tests/integration/feedback-day-stat.test.ts holds the triggers to the
// same rules); the full-text triggers stay, so every text is indexed as the app indexes it.
const DERIVED_BY_TRIGGERS = [
  {
    triggers: /^FeedbackItem_day_stat_/,
    rebuild: `INSERT INTO "FeedbackDayStat" ("organizationId", "campaignId", "day", "received", "negative", "positive", "answered", "answeredWithin", "replied", "repliedWithin", "overdue")
      SELECT "organizationId", "campaignId", "day", SUM("received"), SUM("negative"), SUM("positive"), SUM("answered"), SUM("answeredWithin"), SUM("replied"), SUM("repliedWithin"), SUM("overdue")
      FROM "FeedbackDayShare" GROUP BY "campaignId", "day"`,
  },
  {
    triggers: /^FeedbackTheme_count_/,
    rebuild: `UPDATE "Theme" SET "feedbackCount" = (SELECT COUNT(*) FROM "FeedbackTheme" ft WHERE ft."themeId" = "Theme"."id")`,
  },
];

// bulk: a throwaway dataset (no fsync, derived data built once, statistics gathered at the end);
// otherwise the app's own settings and triggers, for a baseline that is fair to the product.
export function sqliteWriter(file: string, opts: { bulk: boolean } = { bulk: true }): Writer {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma(opts.bulk ? "synchronous = OFF" : "synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("cache_size = -200000");
  db.exec("BEGIN");
  const triggers = (db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string; sql: string }[]).filter(
    (t) => opts.bulk && DERIVED_BY_TRIGGERS.some((d) => d.triggers.test(t.name)),
  );
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  // Several rows per statement, never one: for a statement that fires triggers (the full-text ones
  // always stay) SQLite keeps a statement journal, a copy of every page the statement changes so
  // that a failing trigger can undo just that statement. One row per statement paid that copy for
  // every row: 100,000 feedback items took 13 s that way and 3 s in statements of 500 rows.
  const statements = new Map<string, Database.Statement>();
  const statement = (table: TableSpec, cols: string[], rows: number) => {
    const key = `${table.name}:${rows}`;
    let stmt = statements.get(key);
    if (!stmt) {
      const one = `(${cols.map(() => "?").join(", ")})`;
      stmt = db.prepare(`INSERT INTO "${table.name}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES ${Array(rows).fill(one).join(", ")}`);
      statements.set(key, stmt);
    }
    return stmt;
  };
  return {
    async insert(table, rows) {
      const cols = Object.keys(table.columns);
      const types = cols.map((c) => table.columns[c]);
      // SQLite takes at most 32,766 values per statement.
      const perStatement = Math.max(1, Math.min(500, Math.floor(32_766 / cols.length)));
      for (let i = 0; i < rows.length; i += perStatement) {
        const chunk = rows.slice(i, i + perStatement);
        const values: unknown[] = [];
        for (const row of chunk) for (let c = 0; c < cols.length; c++) values.push(sqliteValue(types[c], row[cols[c]]));
        statement(table, cols, chunk.length).run(values);
      }
    },
    async commit() {
      if (triggers.length) {
        for (const d of DERIVED_BY_TRIGGERS) db.exec(d.rebuild);
        for (const t of triggers) db.exec(t.sql);
      }
      db.exec("COMMIT");
      if (!opts.bulk) return;
      db.pragma("synchronous = NORMAL");
      db.exec("ANALYZE");
      db.pragma("wal_checkpoint(TRUNCATE)");
    },
    async close() {
      db.close();
    },
  };
}

const pgArrayType = (type: ColType): string => {
  if (typeof type === "object") return `text[]::"${type.enum}"[]`;
  return { text: "text[]", int: "int4[]", float: "float8[]", bool: "bool[]", ts: "timestamp(3)[]", json: "text[]::jsonb[]" }[type];
};

const pgValue = (type: ColType, v: unknown): unknown => {
  if (v === null || v === undefined) return null;
  if (type === "ts") return (v as Date).toISOString();
  if (type === "json") return JSON.stringify(v);
  return v;
};

export async function pgWriter(url: string, opts: { bulk: boolean } = { bulk: true }): Promise<Writer> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("BEGIN");
  const CHUNK = 5000;
  return {
    async insert(table, rows) {
      const cols = Object.keys(table.columns);
      const types = cols.map((c) => table.columns[c]);
      const text = `INSERT INTO "${table.name}" (${cols.map((c) => `"${c}"`).join(", ")})
        SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${pgArrayType(t)}`).join(", ")})`;
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        await client.query(text, cols.map((c, j) => chunk.map((r) => pgValue(types[j], r[c]))));
      }
    },
    async commit() {
      await client.query("COMMIT");
      // A campaign's items arrive over weeks, and autovacuum analyses them (by default after 10% of
      // a table changed) and vacuums them (after 20% inserted), marking their pages all-visible,
      // which index-only scans need. One bulk load in seconds leaves that to do: VACUUM ANALYZE
      // stands in for it.
      if (opts.bulk) await client.query("VACUUM ANALYZE");
    },
    async close() {
      await client.end();
    },
  };
}
