// `npm run backup`: an online, consistent copy of the SQLite database while the app keeps running
// (SQLite's backup API through better-sqlite3), to backups/kintsugi-<timestamp>.db, then an
// integrity check of the copy. For PostgreSQL use pg_dump (see the README).
import Database from "better-sqlite3";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";

const url = process.env.DATABASE_URL ?? "file:./data/kintsugi.db";
if (!url.startsWith("file:")) {
  console.error("npm run backup copies a SQLite database. For PostgreSQL: pg_dump --format=custom \"$DATABASE_URL\" > kintsugi.dump");
  process.exit(2);
}
const source = url.slice("file:".length);
const dir = process.argv[2] ?? "backups";
mkdirSync(dir, { recursive: true });
const target = path.join(dir, `kintsugi-${new Date().toISOString().replace(/[:.]/g, "-")}.db`);
const db = new Database(source, { readonly: true, fileMustExist: true });
const started = Date.now();
await db.backup(target);
db.close();
const copy = new Database(target, { readonly: true });
const check = copy.pragma("integrity_check", { simple: true });
copy.close();
if (check !== "ok") {
  console.error(`Backup written to ${target} but its integrity check says: ${check}`);
  process.exit(1);
}
console.log(JSON.stringify({ backup: target, bytes: statSync(target).size, ms: Date.now() - started, integrity: check }));
