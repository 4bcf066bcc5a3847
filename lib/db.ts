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

function createClient(): Db {
  // Errors reach the caller as typed errors and are logged by the action wrapper; the tests expect
  // refusals, so Prisma's own console logging stays off there.
  const log: ("warn" | "error")[] = env.NODE_ENV === "test" ? [] : env.NODE_ENV === "development" ? ["warn", "error"] : ["error"];
  if (databaseProvider === "postgresql") {
    return new PostgresClient({ adapter: pgAdapter(env.DATABASE_URL), log }) as unknown as Db;
  }
  return new SqliteClient({ adapter: createSqliteAdapter(env.DATABASE_URL), log });
}

const globalForDb = globalThis as unknown as { kintsugiDb?: Db };
export const db: Db = globalForDb.kintsugiDb ?? createClient();
// One client per process; in development Next reloads modules, so keep it on globalThis.
if (env.NODE_ENV !== "production") globalForDb.kintsugiDb = db;

export { databaseProvider };
