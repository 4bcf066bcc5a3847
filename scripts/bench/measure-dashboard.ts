// Child script (DATABASE_URL = the bench database): the dashboard's server work,
// loadCampaignDashboard(member, campaign, now), beside the same SQL statements replayed on a plain
// connection (capture.ts). The function is being written; until a module under lib/dashboard/
// exports it, this reports "not available yet" instead of measuring something else.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { emit } from "./child";
import { replayer, startCapture } from "./capture";
import { mainCampaign, memberOf, readManifest } from "./member";
import { median, timePair, timeRuns } from "./stats";

const [manifestFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 20);
const manifest = readManifest(manifestFile);

function findModule(): string | null {
  const dir = path.resolve("lib/dashboard");
  for (const f of readdirSync(dir).filter((x) => /\.tsx?$/.test(x)).sort()) {
    const source = readFileSync(path.join(dir, f), "utf8");
    if (/export\s+(async\s+)?(function|const)\s+loadCampaignDashboard\b/.test(source)) return path.join(dir, f);
  }
  return null;
}

type Load = (member: unknown, campaign: unknown, now: Date) => Promise<unknown>;

const file = findModule();
if (!file) {
  emit({ available: false, reason: "not available yet: no module in lib/dashboard/ exports loadCampaignDashboard" });
  process.exit(0);
}
const { loadCampaignDashboard } = (await import(file)) as { loadCampaignDashboard: Load };
const { db } = await import("@/lib/db");
const member = memberOf(manifest, "EXEC");
const main = mainCampaign(manifest);
// The whole row: whichever fields the function needs, it has them, as the page would pass them.
const campaign = await db.campaign.findFirstOrThrow({ where: { id: main.id, organizationId: member.organizationId } });
const now = new Date();
const load = () => loadCampaignDashboard(member, campaign, now);

const first = performance.now();
await load();
const firstMs = performance.now() - first;
const capture = startCapture(manifest.provider);
await load();
const statements = capture.stop();
const raw = await replayer(manifest.provider, manifest.url);
// A call of several seconds is far from the target already: 3 runs say so without taking minutes.
const slow = firstMs > 5_000;
const [product, baseline] = await timePair(load, () => raw.run(statements), { runs: slow ? 3 : runs, warmup: slow ? 0 : 1, budgetMs: 90_000 });
const perStatement = [];
for (const s of statements) {
  const t = await timeRuns(() => raw.run([s]), { runs: slow ? 1 : Math.min(product.length, 5), warmup: 0 });
  perStatement.push({ ms: median(t), sql: s.sql.replace(/\s+/g, " ").slice(0, 300) });
}
perStatement.sort((a, b) => b.ms - a.ms);
await raw.close();
await db.$disconnect();
emit({
  available: true, module: path.relative(process.cwd(), file), campaignItems: main.items, runs: product.length, statements: statements.length,
  product: median(product), baseline: median(baseline), slowest: perStatement.slice(0, 3),
});
