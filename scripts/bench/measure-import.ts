// CSV import of N rows through the product (the feedback:import CLI in its own process: the
// runner with validation, sentiment, suggestion flags, duplicate checks, one transaction) beside a
// raw batched insert of the same rows (import-raw.ts). Each writes into its own copy of the bench
// database, so both start from the same 100,000 items and the measured database is left as it was.
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { runScript } from "./child";
import { writeImportCsv } from "./csv-file";
import type { Manifest } from "./dataset";
import { mainCampaign } from "./member";
import { runTsScript } from "./process";
import { copyTarget, runDir, type Target } from "./target";

export type ImportFigures = {
  rows: number; created: number; productMs: number; productWallMs: number; productRssMb: number | null;
  rawMs: number; rawRssMb: number | null; sentimentMs: number; rowsFound: number;
};

export async function countImported(target: Target, campaignId: string): Promise<number> {
  const q = `SELECT COUNT(*) AS n FROM "FeedbackItem" WHERE "campaignId" = $1 AND "importJobId" IS NOT NULL`;
  if (target.provider === "sqlite") {
    const db = new Database(target.file!, { readonly: true });
    try {
      return Number((db.prepare(q.replace("$1", "?")).get(campaignId) as { n: number }).n);
    } finally {
      db.close();
    }
  }
  const c = new pg.Client({ connectionString: target.url });
  await c.connect();
  try {
    return Number((await c.query(q, [campaignId])).rows[0].n);
  } finally {
    await c.end();
  }
}

export async function measureImport(target: Target, manifest: Manifest, manifestFile: string, rows: number, adminUrl?: string): Promise<ImportFigures> {
  const csv = path.join(runDir(), `import-${rows}.csv`);
  writeImportCsv(csv, rows, new Date());
  const campaign = mainCampaign(manifest);
  const storage = path.join(runDir(), "files");
  mkdirSync(storage, { recursive: true });

  const productDb = await copyTarget(target, "import_product", adminUrl);
  try {
    const run = await runTsScript(
      "scripts/feedback-import.ts",
      ["--org", manifest.organization.slug, "--campaign", campaign.slug, "--file", csv],
      { DATABASE_URL: productDb.url, STORAGE_DIR: storage },
      { rssFile: path.join(runDir(), "import-rss.json") },
    );
    if (run.code !== 0) throw new Error(`feedback:import failed (${run.code ?? run.signal}): ${run.stderr.slice(-2000)}`);
    const out = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { created: number; ms: number };
    const rowsFound = await countImported(productDb, campaign.id);
    const rawDb = await copyTarget(target, "import_raw", adminUrl);
    try {
      const raw = await runScript<{ rows: number; ms: number; sentimentMs: number; maxRssKb: number }>(
        "scripts/bench/import-raw.ts", [manifestFile, rawDb.url, csv], { DATABASE_URL: rawDb.url },
      );
      return {
        rows, created: out.created, productMs: out.ms, productWallMs: run.wallMs, productRssMb: run.maxRssKb && run.maxRssKb / 1024,
        rawMs: raw.value.ms, rawRssMb: raw.value.maxRssKb / 1024, sentimentMs: raw.value.sentimentMs, rowsFound,
      };
    } finally {
      await rawDb.drop();
    }
  } finally {
    await productDb.drop();
  }
}
