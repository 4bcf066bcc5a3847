// The baseline for "the product's query function vs the raw SQL of the same query": record every
// statement (text and bound values) the product sends to the driver while it answers once, then
// replay exactly those statements on a plain driver connection. The difference is what the product
// adds on top of the database's own work: Prisma's query building and result mapping, the SQLite
// gate, JavaScript around it. Recording happens at the driver (better-sqlite3 / pg), below Prisma.
import Database from "better-sqlite3";
import pg from "pg";

export type Statement = { sql: string; args: unknown[] };

const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA|SET|DEALLOCATE|SELECT 1\s*$)/i;

type Patched = { stop(): Statement[] };

export function startCapture(provider: "sqlite" | "postgresql"): Patched {
  const captured: Statement[] = [];
  if (provider === "sqlite") {
    // Recorded as each statement runs (the app reuses compiled statements, so it does not prepare
    // every query: lib/db-sqlite-adapter.ts), with the arguments of that run.
    const probe = new Database(":memory:");
    const stmtProto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<"run" | "all" | "get", (...a: unknown[]) => unknown>;
    probe.close();
    const original = { run: stmtProto.run, all: stmtProto.all, get: stmtProto.get };
    for (const method of ["run", "all", "get"] as const) {
      stmtProto[method] = function (this: { source: string }, ...args: unknown[]) {
        if (!CONTROL.test(this.source)) captured.push({ sql: this.source, args });
        return original[method].apply(this, args);
      };
    }
    return {
      stop() {
        Object.assign(stmtProto, original);
        return captured;
      },
    };
  }
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const query = proto.query;
  proto.query = function (this: unknown, ...a: unknown[]) {
    const config = a[0] as string | { text?: string; values?: unknown[] };
    const text = typeof config === "string" ? config : config?.text;
    const values = (Array.isArray(a[1]) ? a[1] : typeof config === "object" ? config?.values : undefined) ?? [];
    if (text && !CONTROL.test(text)) captured.push({ sql: text, args: values as unknown[] });
    return query.apply(this, a);
  };
  return {
    stop() {
      proto.query = query;
      return captured;
    },
  };
}

export type Replayer = { run(statements: Statement[]): Promise<number>; close(): Promise<void> };

// A plain connection of its own, with prepared statements cached by text (what a hand-written
// data layer would do). Returns the number of rows read, so the work cannot be skipped.
export async function replayer(provider: "sqlite" | "postgresql", url: string): Promise<Replayer> {
  if (provider === "sqlite") {
    const db = new Database(url.replace(/^file:/, ""), { readonly: true });
    db.pragma("busy_timeout = 10000");
    const cache = new Map<string, Database.Statement>();
    return {
      async run(statements) {
        let rows = 0;
        for (const s of statements) {
          let stmt = cache.get(s.sql);
          if (!stmt) cache.set(s.sql, (stmt = db.prepare(s.sql)));
          const args = s.args.length === 1 && Array.isArray(s.args[0]) ? (s.args[0] as unknown[]) : s.args;
          if (stmt.reader) rows += stmt.raw().all(...args).length;
          else stmt.run(...args);
        }
        return rows;
      },
      async close() {
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async run(statements) {
      let rows = 0;
      for (const s of statements) rows += (await client.query({ text: s.sql, values: s.args, rowMode: "array" })).rowCount ?? 0;
      return rows;
    },
    async close() {
      await client.end();
    },
  };
}
