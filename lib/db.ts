import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { databaseProvider, env } from "@/lib/env";
import { createSqliteAdapter } from "@/lib/db-sqlite-adapter";

// The one Prisma client, built for the database DATABASE_URL names. Both generated clients share
// the model API; the app is typed with the SQLite one.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function pgAdapter(url: string): PrismaPg {
  const u = new URL(url);
  return new PrismaPg({
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
    max: 10,
    idleTimeoutMillis: 10_000,
  });
}

// A client for the database a URL names. The app uses the one `db` below; this exists for the
// tools that move data between two databases (org:import's tests write into a second one).
export function createDbClient(url: string): Db {
  // Errors reach the caller as typed errors and are logged by the action wrapper; the tests expect
  // refusals, so Prisma's own console logging stays off there.
  const log: ("warn" | "error")[] = env.NODE_ENV === "test" ? [] : env.NODE_ENV === "development" ? ["warn", "error"] : ["error"];
  if (!url.startsWith("file:")) {
    return new PostgresClient({ adapter: pgAdapter(url), log }) as unknown as Db;
  }
  return new SqliteClient({ adapter: createSqliteAdapter(url), log });
}

// One client per process, kept on globalThis, in production too. Next's server loads this module
// once per bundle (pages, route handlers, server actions, instrumentation) and reloads it in
// development, so a module-level client opened several SQLite connections in one process. With
// two, a write waiting for the other's lock froze the process: better-sqlite3 waits for a lock
// synchronously, so the transaction holding it could not go on either, until busy_timeout
// failed the waiter after 10 s (SQLITE_BUSY in the browser tests, every request stalled).
const globalForDb = globalThis as unknown as { kintsugiDb?: Db };
export const db: Db = (globalForDb.kintsugiDb ??= createDbClient(env.DATABASE_URL));

export { databaseProvider };
