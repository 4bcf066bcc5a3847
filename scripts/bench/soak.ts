// `npm run soak`: crash safety of the CSV import. The feedback:import CLI imports 100,000 rows into
// a fresh copy of a small SQLite dataset and is killed with SIGKILL at a random moment, 10 times
// (--trials, --rows). After each kill the database must hold 0 or all of the rows (the save is one
// transaction) and `PRAGMA integrity_check` must say ok (the full-text index is checked too). One
// uncut run first gives the import's duration, so kill times spread over the whole import,
// including its end (a kill after the commit must find every row).
//   npm run soak [-- --trials 10 --rows 100000]
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { randomInt } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { writeImportCsv } from "./csv-file";
import { buildDataset, sizeFor } from "./dataset";
import { mainCampaign } from "./member";
import { runTsScript } from "./process";
import { writeJson } from "./report";
import { createSqliteTarget, removeSqlite, runDir, RUN_DIR } from "./target";

const { values } = parseArgs({ options: { trials: { type: "string", default: "10" }, rows: { type: "string", default: "100000" } } });
const trials = Number(values.trials);
const rows = Number(values.rows);
const log = (s: string) => process.stderr.write(`[soak] ${s}\n`);

const template = await createSqliteTarget("soak-template");
const manifestFile = path.join(runDir(), "soak-manifest.json");
const manifest = await buildDataset(template, sizeFor(1_000), manifestFile);
const campaign = mainCampaign(manifest);
const csv = path.join(runDir(), `soak-${rows}.csv`);
writeImportCsv(csv, rows, new Date(), 11);
const storage = path.join(runDir(), "soak-files");
mkdirSync(storage, { recursive: true });

type Check = { rows: number; integrity: string; fts: string; jobStatus: string | null };

function inspect(file: string): Check {
  // Opening the file replays or discards the write-ahead log as SQLite does after a crash.
  const db = new Database(file);
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
    let fts = "ok";
    try {
      db.exec(`INSERT INTO "FeedbackItemFts"("FeedbackItemFts") VALUES ('integrity-check')`);
    } catch (e) {
      fts = (e as Error).message;
    }
    const n = db.prepare(`SELECT COUNT(*) AS n FROM "FeedbackItem" WHERE "campaignId" = ? AND "importJobId" IS NOT NULL`).get(campaign.id) as { n: number };
    const job = db.prepare(`SELECT "status" FROM "ImportJob" ORDER BY "createdAt" DESC LIMIT 1`).get() as { status: string } | undefined;
    return { rows: Number(n.n), integrity, fts, jobStatus: job?.status ?? null };
  } finally {
    db.close();
  }
}

async function trial(name: string, killAfterMs?: number) {
  const file = path.join(runDir(), `soak-${name}.db`);
  removeSqlite(file);
  copyFileSync(template.file!, file);
  const run = await runTsScript(
    "scripts/feedback-import.ts",
    ["--org", manifest.organization.slug, "--campaign", campaign.slug, "--file", csv],
    { DATABASE_URL: `file:${file}`, STORAGE_DIR: storage },
    { killAfterMs, rssFile: path.join(runDir(), `soak-${name}-rss.json`) },
  );
  const check = inspect(file);
  removeSqlite(file);
  return { run, check };
}

log(`uncut import of ${rows.toLocaleString("en")} rows, to time it…`);
const uncut = await trial("uncut");
if (uncut.run.code !== 0 || uncut.check.rows !== rows) {
  log(`the uncut import did not complete: exit ${uncut.run.code}, ${uncut.check.rows} rows\n${uncut.run.stderr.slice(-2000)}`);
  process.exit(1);
}
const duration = uncut.run.wallMs;
log(`uncut: ${(duration / 1000).toFixed(1)} s, ${uncut.check.rows.toLocaleString("en")} rows, integrity ${uncut.check.integrity}`);

const results = [];
for (let i = 1; i <= trials; i++) {
  // Uniform over the whole run and a little past it (a kill after the commit is a valid case too).
  const killAt = randomInt(Math.round(duration * 0.05), Math.round(duration * 1.1));
  const { run, check } = await trial(String(i), killAt);
  const ok = (check.rows === 0 || check.rows === rows) && check.integrity === "ok" && check.fts === "ok";
  results.push({ trial: i, killAtMs: killAt, killed: run.signal === "SIGKILL", exit: run.code, rowsFound: check.rows, jobStatus: check.jobStatus, integrity: check.integrity, fts: check.fts, ok });
  log(`trial ${i}: kill at ${killAt} ms → ${run.signal ?? `exit ${run.code}`}, ${check.rows.toLocaleString("en")} rows, job ${check.jobStatus}, integrity ${check.integrity}, fts ${check.fts}`);
}
await template.drop();
rmSync(RUN_DIR, { recursive: true, force: true });

const lines = [
  "| trial | killed at | killed? | rows found | job status | integrity_check | FTS check | 0 or all |",
  "|---|---|---|---|---|---|---|---|",
  ...results.map((r) => `| ${r.trial} | ${(r.killAtMs / 1000).toFixed(2)} s | ${r.killed ? "yes" : "no (had finished)"} | ${r.rowsFound.toLocaleString("en")} | ${r.jobStatus} | ${r.integrity} | ${r.fts} | ${r.ok ? "yes" : "NO"} |`),
];
const passed = results.filter((r) => r.ok).length;
process.stdout.write(`\n${lines.join("\n")}\n\n${passed} of ${trials} trials left 0 or all ${rows.toLocaleString("en")} rows with a sound database (uncut import: ${(duration / 1000).toFixed(1)} s).\n`);
writeJson("bench-results/soak.json", { date: new Date().toISOString(), rows, trials, uncutMs: duration, results });
process.exit(passed === trials ? 0 : 1);
