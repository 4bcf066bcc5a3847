// The measurements that need only a database (and the analysis, which needs none), each turned
// into report lines with its baseline, ratio and target.
import { runScript } from "./child";
import type { Manifest } from "./dataset";
import { failed, ratioOf, type Measurement } from "./measurement";
import { measureImport } from "./measure-import";
import type { Target } from "./target";

export type Mode = { smoke: boolean };

export async function analysisStep(mode: Mode): Promise<Measurement[]> {
  const name = "Apology analysis, 2,000-word draft (cache cleared)";
  try {
    const { value: v } = await runScript<{ product: number; baseline: number; warmCache: number; findings: number; words: number }>(
      "scripts/bench/measure-analysis.ts", [String(mode.smoke ? 3 : 20)], {},
    );
    return [{
      id: "analysis", name, database: null, value: v.product, unit: "ms", baseline: v.baseline, baselineName: "retext parse only",
      ratio: ratioOf(v.product, v.baseline), target: "≤ 50 ms median", pass: v.product <= 50,
      details: { ...v, note: "warmCache = the same analysis with every sentence cached (without the retext plugins' work)" },
    }];
  } catch (e) {
    return [failed("analysis", name, null, "≤ 50 ms median", e)];
  }
}

type InboxCase = { name: string; product: number; baseline: number; total: number; slowest: { ms: number; sql: string } };

export async function inboxStep(target: Target, manifestFile: string, mode: Mode): Promise<Measurement[]> {
  const name = "Inbox page query, channel filter + search (queryInbox)";
  try {
    const { value: v } = await runScript<{ campaignItems: number; cases: InboxCase[]; pageQueries: Record<string, number> }>(
      "scripts/bench/measure-inbox.ts", [manifestFile, String(mode.smoke ? 5 : 30)], { DATABASE_URL: target.url },
    );
    const head = v.cases[0];
    const page = v.pageQueries["whole Listen page (as the page runs them)"];
    return [
      {
        id: "inbox", name: `${name}, ${v.campaignItems.toLocaleString("en")} items in the campaign`, database: target.label, value: head.product, unit: "ms",
        baseline: head.baseline, baselineName: "same SQL, plain driver", ratio: ratioOf(head.product, head.baseline), target: "≤ 40 ms median",
        pass: head.product <= 40, details: v,
      },
      {
        id: "inbox-page", name: "Listen page server work (queryInbox + response figures + filter lists)", database: target.label, value: page, unit: "ms",
        baseline: head.product, baselineName: "queryInbox alone", ratio: ratioOf(page, head.product), target: "—", pass: null,
        note: Object.entries(v.pageQueries).filter(([k]) => k.startsWith("responseFigures")).map(([k, ms]) => `${k} ${Math.round(ms)} ms`).join(", "),
      },
    ];
  } catch (e) {
    return [failed("inbox", name, target.label, "≤ 40 ms median", e)];
  }
}

export type DashboardFigures = { available: boolean; reason?: string; product?: number; baseline?: number };

export async function dashboardFigures(target: Target, manifestFile: string, mode: Mode) {
  return (await runScript<DashboardFigures & Record<string, unknown>>(
    "scripts/bench/measure-dashboard.ts", [manifestFile, String(mode.smoke ? 5 : 20)], { DATABASE_URL: target.url },
  )).value;
}

export function dashboardLines(target: Target, v: DashboardFigures & Record<string, unknown>): Measurement[] {
  const name = "Dashboard server work (loadCampaignDashboard)";
  const targetText = "≤ 3× and ≤ 50 ms median";
  if (!v.available) {
    return [{ id: "dashboard", name, database: target.label, value: null, unit: "ms", baseline: null, baselineName: null, ratio: null, target: targetText, pass: null, unavailable: true, note: v.reason }];
  }
  const ratio = ratioOf(v.product!, v.baseline!);
  return [{
    id: "dashboard", name, database: target.label, value: v.product!, unit: "ms", baseline: v.baseline!, baselineName: "same SQL, plain driver",
    ratio, target: targetText, pass: ratio !== null && ratio <= 3 && v.product! <= 50, details: v,
  }];
}

export async function importStep(target: Target, manifest: Manifest, manifestFile: string, rows: number, adminUrl?: string): Promise<Measurement[]> {
  const n = rows.toLocaleString("en");
  try {
    const f = await measureImport(target, manifest, manifestFile, rows, adminUrl);
    const complete = f.created === rows && f.rowsFound === rows;
    const rowsPerSecond = rows / (f.productMs / 1000);
    const details = { ...f, rowsPerSecond, rawRowsPerSecond: rows / (f.rawMs / 1000), note: "sentimentMs = scoring the same texts alone, outside any transaction" };
    return [
      {
        id: "import-time", name: `CSV import of ${n} rows (feedback:import CLI)`, database: target.label, value: f.productMs / 1000, unit: "s",
        baseline: f.rawMs / 1000, baselineName: "raw batched insert", ratio: ratioOf(f.productMs, f.rawMs), target: "≤ 5 s",
        pass: complete && f.productMs <= 5000, note: `${Math.round(rowsPerSecond).toLocaleString("en")} rows/s${complete ? "" : `; only ${f.rowsFound} rows found`}`, details,
      },
      {
        id: "import-memory", name: `CSV import of ${n} rows, peak RSS of the process`, database: target.label, value: f.productRssMb, unit: "MB",
        baseline: f.rawRssMb, baselineName: "raw batched insert", ratio: ratioOf(f.productRssMb, f.rawRssMb), target: "≤ 300 MB",
        pass: f.productRssMb !== null && f.productRssMb <= 300,
      },
    ];
  } catch (e) {
    return [failed("import-time", `CSV import of ${n} rows`, target.label, "≤ 5 s, ≤ 300 MB", e)];
  }
}
