// Runs in each test worker before its test files import anything: points DATABASE_URL at this
// worker's own SQLite copy (or at the shared PostgreSQL test database).
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

const env = process.env as Record<string, string | undefined>;
env.NODE_ENV = "test";
const pgUrl = inject("databaseUrl");
const template = inject("sqliteTemplate");
if (pgUrl) {
  env.DATABASE_URL = pgUrl;
} else if (template) {
  const file = path.join(path.dirname(template), `worker-${process.env.VITEST_POOL_ID ?? "0"}-${process.pid}.db`);
  if (!existsSync(file)) copyFileSync(template, file);
  env.DATABASE_URL = `file:${file}`;
}

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
