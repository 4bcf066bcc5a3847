// Child script (DATABASE_URL = the bench database): one inbox page through the product's
// queryInbox — ids and count in raw SQL, then Prisma for the page's rows with assignee and themes —
// beside the same statements replayed on a plain connection (capture.ts). The headline case is a
// channel filter plus a word search on the biggest campaign; other common cases are kept for the
// diagnosis, each with its slowest statement.
import { emit } from "./child";
import { replayer, startCapture, type Statement } from "./capture";
import { mainCampaign, memberOf, readManifest } from "./member";
import { median, timePair, timeRuns } from "./stats";

const [manifestFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 30);
const manifest = readManifest(manifestFile);
const { queryInbox } = await import("@/lib/feedback/inbox-query");
const { db } = await import("@/lib/db");

const member = memberOf(manifest, "COMMS");
const campaign = mainCampaign(manifest);
const scope = { id: campaign.id, slaMinutes: campaign.slaMinutes };
const theme = manifest.themeIds[campaign.id]?.[0];
const CASES = [
  { name: "channel + search", filter: { channel: "SOCIAL", q: "refund", sort: "newest" } },
  { name: "first page, no filter", filter: { sort: "newest" } },
  { name: "status + two-word search", filter: { status: "NEW", q: "charged twice", sort: "newest" } },
  { name: "theme + sentiment", filter: { theme, sentiment: "NEGATIVE", sort: "newest" } },
  { name: "overdue, oldest first", filter: { overdue: "1", sort: "oldest" } },
] as const;

const provider = manifest.provider;
const raw = await replayer(provider, manifest.url);
const results = [];
for (const c of CASES) {
  const filter = c.filter as Parameters<typeof queryInbox>[2];
  // Warm-up also records the statements this case sends.
  await queryInbox(member, scope, filter);
  const capture = startCapture(provider);
  const page = await queryInbox(member, scope, filter);
  const statements: Statement[] = capture.stop();
  const [product, baseline] = await timePair(() => queryInbox(member, scope, filter), () => raw.run(statements), { runs, budgetMs: 30_000 });
  const perStatement = [];
  for (const s of statements) {
    const t = await timeRuns(() => raw.run([s]), { runs: Math.min(runs, 10), warmup: 1 });
    perStatement.push({ ms: median(t), sql: s.sql.replace(/\s+/g, " ").slice(0, 300) });
  }
  perStatement.sort((a, b) => b.ms - a.ms);
  // For the diagnosis: the same statements sent one after another through Prisma's raw query API
  // (driver adapter, SQLite gate, result conversion, but no query building or relation mapping).
  const argsOf = (x: Statement) => (x.args.length === 1 && Array.isArray(x.args[0]) ? (x.args[0] as unknown[]) : x.args);
  const viaPrismaRaw = await timeRuns(async () => {
    for (const x of statements) await db.$queryRawUnsafe(x.sql, ...argsOf(x));
  }, { runs: Math.min(runs, 10), warmup: 1 });
  results.push({
    name: c.name, filter: c.filter, total: page.total, rows: page.items.length, product: median(product), baseline: median(baseline),
    viaPrismaRaw: median(viaPrismaRaw), statements: statements.length, slowest: perStatement[0],
  });
}
// The rest of the Listen page's server work, which runs beside queryInbox on every view: the
// first-response figures (overall, by channel, by responder), the members and themes for the
// filters. Timed here because the page, not just its list, is what a person waits for.
const { responseFigures } = await import("@/lib/feedback/response-figures");
const { listAssignableMembers, listCampaignThemes } = await import("@/lib/feedback/queries");
const figureScope = { organizationId: member.organizationId, campaignId: campaign.id };
const pageRuns = Math.min(runs, 10);
const pageQueries: Record<string, number> = {};
for (const g of ["all", "channel", "responder"] as const) {
  pageQueries[`responseFigures(${g})`] = median(await timeRuns(() => responseFigures(figureScope, campaign.slaMinutes, g), { runs: pageRuns, warmup: 1 }));
}
pageQueries.listAssignableMembers = median(await timeRuns(() => listAssignableMembers(member), { runs: pageRuns, warmup: 1 }));
pageQueries.listCampaignThemes = median(await timeRuns(() => listCampaignThemes(member, campaign.id), { runs: pageRuns, warmup: 1 }));
const filter = CASES[0].filter as Parameters<typeof queryInbox>[2];
const wholePage = () =>
  Promise.all([
    queryInbox(member, scope, filter), listAssignableMembers(member), listCampaignThemes(member, campaign.id),
    responseFigures(figureScope, campaign.slaMinutes, "all"), responseFigures(figureScope, campaign.slaMinutes, "channel"),
    responseFigures(figureScope, campaign.slaMinutes, "responder"),
  ]);
pageQueries["whole Listen page (as the page runs them)"] = median(await timeRuns(wholePage, { runs: pageRuns, warmup: 1 }));
await raw.close();
await db.$disconnect();
emit({ campaignItems: campaign.items, runs, cases: results, pageQueries });
