// `npm run bench`: measures the product against its own baselines, in one run, at realistic scale.
//   npm run bench                  full: 100,000 items, 50 connections for 60 s, Lighthouse × 5
//   npm run bench -- --smoke       1,000 items, 5 connections for 5 s, Lighthouse × 1: checks that
//                                  every measurement still produces a number (exit 1 if not), not
//                                  targets; writes bench-results/latest-smoke.json
//   options: --rows N  --only a,b  --skip a,b (dataset is always built; steps: analysis, inbox,
//            dashboard, web, import)  --port 3300 (the first free one from there up to 3399)
//            --app-dir DIR  --keep (keep the database and the run's folder)  --out FILE
// SQLite by default (a fresh file under bench-results/work/); when DATABASE_URL names PostgreSQL,
// a throwaway database on that server (and, for the cross-database dashboard ratio, SQLite too).
// Prints a markdown table and writes bench-results/latest.json. See docs/performance.md.
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import path from "node:path";
import { buildDataset, sizeFor, type Manifest } from "./dataset";
import { loadAverage, machine } from "./machine";
import type { Measurement } from "./measurement";
import { table, writeJson } from "./report";
import { analysisStep, dashboardFigures, dashboardLines, importStep, inboxStep } from "./steps-db";
import { webSteps } from "./steps-web";
import { createPostgresTarget, createSqliteTarget, isPostgresUrl, RUN_DIR, runDir, type Target } from "./target";

const { values } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    rows: { type: "string" },
    only: { type: "string" },
    skip: { type: "string" },
    port: { type: "string", default: "3300" },
    "app-dir": { type: "string" },
    keep: { type: "boolean", default: false },
    out: { type: "string" },
  },
});
const smoke = values.smoke!;
// A smoke run never overwrites the figures of the last full run.
const outFile = values.out ?? (smoke ? "bench-results/latest-smoke.json" : "bench-results/latest.json");
const rows = Number(values.rows ?? (smoke ? 1_000 : 100_000));
const only = values.only?.split(",");
const skip = values.skip?.split(",") ?? [];
const wanted = (step: string) => (!only || only.includes(step)) && !skip.includes(step);
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

const started = performance.now();
const info = machine();
const adminUrl = isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : undefined;
const measurements: Measurement[] = [];

async function dataset(target: Target): Promise<{ manifest: Manifest; file: string }> {
  const file = path.join(runDir(), `${target.provider}-manifest.json`);
  log(`dataset: ${rows.toLocaleString("en")} feedback items into ${target.label}…`);
  const manifest = await buildDataset(target, sizeFor(rows), file);
  log(`dataset: ${manifest.seconds.toFixed(1)} s (${manifest.cpuSeconds.toFixed(1)} s CPU)`);
  measurements.push({
    id: `dataset-${target.provider}`, name: `Dataset generation (${rows.toLocaleString("en")} items, ${manifest.counts.FeedbackTheme.toLocaleString("en")} theme links, ${manifest.counts.Commitment} commitments, ${manifest.counts.Evidence} evidence)`,
    database: target.label, value: manifest.seconds, unit: "s", baseline: null, baselineName: null, ratio: null, target: "≤ 30 s",
    pass: manifest.seconds <= 30, note: `${manifest.cpuSeconds.toFixed(1)} s CPU; generate ${manifest.phases.generate.toFixed(1)} s, insert ${manifest.phases.insert.toFixed(1)} s`, details: manifest.counts,
  });
  return { manifest, file };
}

const target = adminUrl ? await createPostgresTarget(adminUrl) : await createSqliteTarget("bench");
const extra: Target[] = [];
try {
  const { manifest, file } = await dataset(target);
  const mode = { smoke };
  if (wanted("analysis")) {
    log("apology analysis…");
    measurements.push(...(await analysisStep(mode)));
  }
  if (wanted("inbox")) {
    log("inbox query…");
    measurements.push(...(await inboxStep(target, file, mode)));
  }
  if (wanted("dashboard")) {
    log("dashboard…");
    try {
      const here = await dashboardFigures(target, file, mode);
      measurements.push(...dashboardLines(target, here));
      if (target.provider === "postgresql") {
        const name = "Dashboard server work, PostgreSQL vs SQLite";
        if (!here.available) {
          measurements.push({ id: "dashboard-pg", name, database: target.label, value: null, unit: "ms", baseline: null, baselineName: null, ratio: null, target: "≤ 2× SQLite", pass: null, unavailable: true, note: here.reason });
        } else {
          // The same dataset on SQLite, measured in this run, for the cross-database ratio.
          const lite = await createSqliteTarget("bench-compare");
          extra.push(lite);
          const liteManifest = path.join(runDir(), "sqlite-compare-manifest.json");
          await buildDataset(lite, sizeFor(rows), liteManifest);
          const other = await dashboardFigures(lite, liteManifest, mode);
          const ratio = other.product ? here.product! / other.product : null;
          measurements.push({ id: "dashboard-pg", name, database: target.label, value: here.product!, unit: "ms", baseline: other.product ?? null, baselineName: "SQLite, same dataset", ratio, target: "≤ 2× SQLite", pass: ratio !== null && ratio <= 2 });
        }
      }
    } catch (e) {
      const { failed } = await import("./measurement");
      measurements.push(failed("dashboard", "Dashboard server work", target.label, "≤ 3× and ≤ 50 ms median", e));
    }
  }
  if (wanted("web")) {
    try {
      measurements.push(...(await webSteps(target, manifest, { smoke, port: Number(values.port), appDir: values["app-dir"] })));
    } catch (e) {
      const { failed } = await import("./measurement");
      measurements.push(failed("web", "HTTP, page weight, Lighthouse", target.label, "—", e));
    }
  }
  if (wanted("import")) {
    log(`CSV import of ${rows.toLocaleString("en")} rows…`);
    measurements.push(...(await importStep(target, manifest, file, rows, adminUrl)));
  }
} finally {
  if (!values.keep) {
    for (const t of [target, ...extra]) await t.drop().catch((e: Error) => log(`could not drop ${t.label}: ${e.message}`));
    rmSync(RUN_DIR, { recursive: true, force: true });
  } else log(`kept: ${RUN_DIR}${target.provider === "postgresql" ? ` and ${target.url.replace(/:[^:@/]*@/, ":***@")}` : ""}`);
}

const seconds = (performance.now() - started) / 1000;
const report = {
  machine: { ...info, loadAverageAtEnd: loadAverage() },
  date: new Date().toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
  database: target.label,
  mode: smoke ? "smoke" : "full",
  rows,
  seconds,
  measurements,
};
writeJson(outFile, report);
const md = table(measurements);
process.stdout.write(`\n${md}\n\n${info.cpu}, ${info.cores} cores, ${info.memoryGb} GB, Node ${info.node}; load average ${info.loadAverageAtStart.join(" ")} at start, ${loadAverage().join(" ")} at end. ${seconds.toFixed(0)} s. JSON: ${outFile}\n`);

// Smoke checks the harness, not the product: every measurement must have produced a number.
const broken = measurements.filter((m) => m.value === null && !m.unavailable);
if (broken.length) {
  process.stderr.write(`\n${broken.length} measurement(s) produced no number:\n${broken.map((m) => `  ${m.name}: ${m.note}`).join("\n")}\n`);
  process.exit(1);
}
