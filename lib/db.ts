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

const globalForDb = globalThis as unknown as { kintsugiDb?: Db };
export const db: Db = globalForDb.kintsugiDb ?? createDbClient(env.DATABASE_URL);
// One client per process; in development Next reloads modules, so keep it on globalThis.
if (env.NODE_ENV !== "production") globalForDb.kintsugiDb = db;

export { databaseProvider };
