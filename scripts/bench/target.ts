// The database a bench run measures: a fresh SQLite file under bench-results/work/, or — when
// DATABASE_URL names PostgreSQL — a throwaway database on that server (like scripts/test-pg.mjs),
// dropped at the end. Either way migrated with the project's own migrate script, so the schema,
// indexes and full-text triggers are exactly the app's.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

export type Provider = "sqlite" | "postgresql";
export type Target = { provider: Provider; url: string; label: string; file?: string; drop(): Promise<void> };

export const WORK_DIR = path.resolve("bench-results/work");
// Everything one run writes (databases, CSV files, logs) lives in a folder of its own, removed at
// the end: two runs at once (two people in one tree) must not delete each other's database.
export const RUN_DIR = path.join(WORK_DIR, `run-${process.pid}-${Date.now().toString(36)}`);
export function runDir(): string {
  mkdirSync(RUN_DIR, { recursive: true });
  return RUN_DIR;
}

export function removeSqlite(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

// scripts/migrate.mjs (prisma migrate deploy), its chatter kept unless it fails.
export function migrateQuietly(url: string) {
  const run = spawnSync(process.execPath, ["scripts/migrate.mjs"], { env: { ...process.env, DATABASE_URL: url, MIGRATE_QUIET: "1" }, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`migration of ${url.replace(/:[^:@/]*@/, ":***@")} failed:\n${run.stdout}${run.stderr}`);
}

// Migrating an SQLite file takes seconds (the Prisma CLI starts each time); an empty migrated file
// is kept per version of the migrations and copied, so the soak's ten fresh databases cost little.
function sqliteTemplate(): string {
  const dir = "prisma/sqlite/migrations";
  const hash = createHash("sha256");
  for (const m of readdirSync(dir).sort()) {
    const sql = path.join(dir, m, "migration.sql");
    if (existsSync(sql)) hash.update(m).update(readFileSync(sql));
  }
  const file = path.join(WORK_DIR, `template-${hash.digest("hex").slice(0, 12)}.db`);
  if (!existsSync(file)) {
    mkdirSync(WORK_DIR, { recursive: true });
    const building = `${file}.${process.pid}.building`;
    removeSqlite(building);
    migrateQuietly(`file:${building}`);
    // Everything in the main file before it is copied.
    const db = new Database(building);
    db.pragma("journal_mode = DELETE");
    db.close();
    // Renamed into place whole, so a run starting meanwhile never copies a half-built template.
    renameSync(building, file);
  }
  return file;
}

export async function createSqliteTarget(name: string): Promise<Target> {
  const file = path.join(runDir(), `${name}.db`);
  removeSqlite(file);
  copyFileSync(sqliteTemplate(), file);
  // Absolute, so the server (started in another directory) opens the same file.
  const url = `file:${file}`;
  return { provider: "sqlite", url, file, label: "SQLite", drop: async () => removeSqlite(file) };
}

export async function pgAdmin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createPostgresTarget(adminUrl: string, prefix = "kintsugi_bench"): Promise<Target> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await pgAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(adminUrl, name);
  migrateQuietly(url);
  const server = new URL(adminUrl);
  return {
    provider: "postgresql",
    url,
    label: `PostgreSQL (${server.hostname}:${server.port || 5432})`,
    drop: () => pgAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export const isPostgresUrl = (url: string | undefined) => !!url && /^postgres(ql)?:\/\//i.test(url);

// A copy of a target's database in its current state, for measurements that write (the import):
// each starts from the same dataset and leaves the measured one untouched.
export async function copyTarget(source: Target, name: string, adminUrl?: string): Promise<Target> {
  if (source.provider === "sqlite") {
    const file = path.join(runDir(), `${name}.db`);
    removeSqlite(file);
    const db = new Database(source.file!);
    try {
      db.prepare("VACUUM INTO ?").run(file);
    } finally {
      db.close();
    }
    return { provider: "sqlite", url: `file:${file}`, file, label: source.label, drop: async () => removeSqlite(file) };
  }
  const sourceName = new URL(source.url).pathname.slice(1);
  const copy = `${sourceName}_${name.replace(/[^a-z0-9_]/gi, "_")}`.toLowerCase();
  await pgAdmin(adminUrl!, async (c) => {
    // CREATE DATABASE … TEMPLATE needs the source to have no other sessions.
    await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [sourceName]);
    await c.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${copy} TEMPLATE ${sourceName}`);
  });
  return {
    provider: "postgresql",
    url: withDatabase(source.url, copy),
    label: source.label,
    drop: () => pgAdmin(adminUrl!, (c) => c.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`)).then(() => undefined),
  };
}

export const exists = existsSync;
