// A second, empty, migrated database beside the worker's own, for tests that move data between
// two instances. SQLite: a copy of the migrated template (tests/support/global-setup.ts).
// PostgreSQL: a new database on the same server, migrated with the same `prisma migrate deploy`.
import { execFileSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createDbClient, type Db } from "@/lib/db";

export type EmptyDatabase = { url: string; db: Db; drop(): Promise<void> };

async function onServer(url: string, statement: string) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  const name = `target_${process.pid}_${randomBytes(3).toString("hex")}`;
  const template = inject("sqliteTemplate");
  if (template) {
    const file = path.join(path.dirname(template), `${name}.db`);
    copyFileSync(template, file);
    const db = createDbClient(`file:${file}`);
    return {
      url: `file:${file}`,
      db,
      async drop() {
        await db.$disconnect();
        for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }
  const source = process.env.DATABASE_URL!;
  const url = new URL(source);
  url.pathname = `/${url.pathname.slice(1)}_${name}`;
  const dbName = url.pathname.slice(1);
  await onServer(source, `CREATE DATABASE ${dbName}`);
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], { stdio: "ignore", env: { ...process.env, DATABASE_URL: url.toString() } });
  const db = createDbClient(url.toString());
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.$disconnect();
      await onServer(source, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    },
  };
}
