// Applies pending migrations to the database DATABASE_URL names (SQLite by default).
// `prisma migrate deploy` also creates an empty SQLite file, avoiding migrate dev's P1014.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";

export function migrate(env = process.env) {
  const url = env.DATABASE_URL ?? "file:./data/kintsugi.db";
  if (url.startsWith("file:")) mkdirSync(path.dirname(url.slice(5)), { recursive: true });
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    stdio: ["ignore", env.MIGRATE_QUIET ? "ignore" : "inherit", "inherit"],
    env: { ...env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) migrate();
