// Child script: Lighthouse 12 (performance and accessibility, its default mobile profile with
// simulated throttling) on one URL, N runs, median scores. Chromium is Debian's, launched with the
// flags playwright.config.ts uses so the browser never phones home; everything is on localhost.
// A signed-in page gets its session cookie through extraHeaders (BENCH_COOKIE, kept off argv).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
// @ts-expect-error -- plain ESM script without types
import { findChromium } from "../find-chromium.mjs";
import { emit } from "./child";
import { median } from "./stats";

const [url, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const cookie = process.env.BENCH_COOKIE;
const found = (await findChromium()) as string | null;
if (!found) throw new Error("No Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH.");
const chromePath: string = found;
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"];

const performance: number[] = [];
const accessibility: number[] = [];
const metrics: Record<string, number>[] = [];
const failing: Set<string> = new Set();
// Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART, NO_FCP): that is the
// tool failing, not the page, so such a run is repeated (at most 2 × runs retries in all) and the
// retries counted.
let retries = 0;
for (let i = 0; i < runs; i++) {
  try {
    await oneRun();
  } catch (error) {
    if (!/NO_NAVSTART|NO_FCP|NO_TRACING_STARTED|PROTOCOL_TIMEOUT/.test(String(error)) || retries >= 2 * runs) throw error;
    retries++;
    i--;
  }
}

async function oneRun() {
  // A fresh browser per run: no cache or service state carried from the previous run.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: "silent" });
  try {
    const result = await lighthouse(url, {
      port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error("Lighthouse returned no result");
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    performance.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
    accessibility.push(Math.round((lhr.categories.accessibility?.score ?? 0) * 100));
    const a = lhr.audits;
    metrics.push({
      fcpMs: a["first-contentful-paint"]?.numericValue ?? NaN, lcpMs: a["largest-contentful-paint"]?.numericValue ?? NaN,
      tbtMs: a["total-blocking-time"]?.numericValue ?? NaN, cls: a["cumulative-layout-shift"]?.numericValue ?? NaN,
    });
    for (const ref of lhr.categories.accessibility?.auditRefs ?? []) if (ref.weight > 0 && (a[ref.id]?.score ?? 1) < 1) failing.add(ref.id);
    if (lhr.finalDisplayedUrl && new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`redirected to ${lhr.finalDisplayedUrl}`);
  } finally {
    await chrome.kill();
  }
}

const mid = (k: string) => median(metrics.map((m) => m[k]));
emit({
  url, runs, retries, performance: median(performance), accessibility: median(accessibility), performanceRuns: performance, accessibilityRuns: accessibility,
  metrics: { fcpMs: mid("fcpMs"), lcpMs: mid("lcpMs"), tbtMs: mid("tbtMs"), cls: mid("cls") }, failingAccessibilityAudits: [...failing],
});
