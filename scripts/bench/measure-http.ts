// HTTP load with autocannon on `next start` against the bench database: N connections for T
// seconds, 90% reads (public page, inbox with and without a search, dashboard — signed in with a
// minted session cookie) and 10% writes (POST /api/v1/campaigns/{slug}/feedback, rotating API
// tokens as several listening tools would; the API allows 600 requests a minute per token).
// Commitment updates have no route a script can drive (they are server actions), so writes are
// feedback only. Beside it: the bare static page under the same load. Errors: non-2xx answers,
// socket errors and timeouts, and any "database is locked"/SQLITE_BUSY in the server's log.
import autocannon from "autocannon";
import type { Manifest } from "./dataset";
import { mainCampaign } from "./member";
import { headersFor, type Cookies, type Route } from "./routes";
import { median, percentile } from "./stats";

export type LoadFigures = {
  rps: number; latency: { p50: number; p90: number; p99: number; max: number }; requests: number; statusCodes: Record<string, number>;
  errors: number; timeouts: number; non2xx: number; fiveXx: number;
};

type Result = autocannon.Result;

function figures(r: Result): LoadFigures {
  const statusCodes: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = s.count;
  return {
    rps: r.requests.average,
    latency: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    requests: r.requests.total,
    statusCodes,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    fiveXx: r["5xx"] ?? 0,
  };
}

// Every read answers 200 before the load starts: a cookie the server refuses would otherwise turn
// the whole test into a benchmark of redirects to the sign-in page.
export async function preflight(base: string, list: Route[], cookies: Cookies) {
  for (const r of list) {
    const res = await fetch(base + r.path, { redirect: "manual", headers: headersFor(r, cookies) });
    if (res.status !== 200) throw new Error(`GET ${r.path} answered ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}; not measuring a redirect`);
    await res.arrayBuffer();
  }
}

// Reads through autocannon's connections, and one API write started for every 9 reads answered
// (so the mix is 90/10 by count whatever the pages cost: with writes in each connection's cycle, a
// slow page would keep its connection from ever reaching its write). Writes are timed one by one.
export async function mixedLoad(base: string, m: Manifest, r: Record<string, Route>, cookies: Cookies, opts: { connections: number; seconds: number }) {
  const slug = mainCampaign(m).slug;
  const run = Date.now().toString(36);
  let readsAnswered = 0;
  let n = 0;
  const writeLatency: number[] = [];
  const writeStatus: Record<string, number> = {};
  let writeErrors = 0;
  const pending = new Set<Promise<void>>();
  const fireWrite = () => {
    n++;
    const started = performance.now();
    const p: Promise<void> = fetch(`${base}/api/v1/campaigns/${slug}/feedback`, {
      method: "POST",
      headers: { authorization: `Bearer ${m.apiTokens[n % m.apiTokens.length]}`, "content-type": "application/json" },
      body: JSON.stringify({ items: [{ text: `Still waiting for my refund, order ${run}-${n}. Nobody answers.`, channel: "twitter", externalId: `load-${run}-${n}`, author: "@load_test" }] }),
      signal: AbortSignal.timeout(30_000),
    })
      .then(async (res) => {
        await res.arrayBuffer();
        writeStatus[res.status] = (writeStatus[res.status] ?? 0) + 1;
        writeLatency.push(performance.now() - started);
      })
      .catch(() => void writeErrors++)
      .finally(() => pending.delete(p));
    pending.add(p);
  };
  const read = (route: Route): autocannon.Request => ({
    method: "GET", path: route.path, headers: headersFor(route, cookies),
    onResponse: () => {
      if (++readsAnswered % 9 === 0) fireWrite();
    },
  });
  const reads = [read(r.public), read(r.inboxSearch), read(r.dashboard), read(r.public), read(r.inbox), read(r.dashboard), read(r.public), read(r.inboxSearch), read(r.dashboard)];
  const rf = figures(await autocannon({ url: base, connections: opts.connections, duration: opts.seconds, requests: reads, timeout: 30 }));
  await Promise.all([...pending]);
  const statusCodes: Record<string, number> = { ...rf.statusCodes };
  for (const [k, v] of Object.entries(writeStatus)) statusCodes[k] = (statusCodes[k] ?? 0) + v;
  const writeNon2xx = Object.entries(writeStatus).filter(([k]) => !k.startsWith("2")).reduce((a, [, v]) => a + v, 0);
  const writes = {
    requests: n, errors: writeErrors, non2xx: writeNon2xx, fiveXx: Object.entries(writeStatus).filter(([k]) => k.startsWith("5")).reduce((a, [, v]) => a + v, 0),
    latency: { p50: median(writeLatency), p90: percentile(writeLatency, 90), p99: percentile(writeLatency, 99), max: percentile(writeLatency, 100) },
  };
  return {
    rps: rf.rps + n / opts.seconds, latency: rf.latency, requests: rf.requests + n, statusCodes, errors: rf.errors + writeErrors, timeouts: rf.timeouts,
    non2xx: rf.non2xx + writeNon2xx, fiveXx: rf.fiveXx + writes.fiveXx, reads: rf, writes, writeShare: rf.requests + n ? n / (rf.requests + n) : 0,
  };
}

export async function staticLoad(base: string, route: Route, opts: { connections: number; seconds: number }) {
  return figures(await autocannon({ url: base + route.path, connections: opts.connections, duration: opts.seconds, timeout: 30 }));
}

// After the load the server may still be working through requests whose clients gave up (a
// render is not cancelled when its connection closes). How long until the bare page answers
// promptly again is a figure of its own, and nothing else is measured before then.
// Returns the time it took, or at least limitMs when the server never answered promptly.
export async function drain(base: string, route: Route, limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    const t = performance.now();
    try {
      await (await fetch(base + route.path, { signal: AbortSignal.timeout(10_000) })).arrayBuffer();
      if (performance.now() - t < 100) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  return performance.now() - started;
}

// One request at a time per route after the load: which page is slow, unloaded.
export async function probeRoutes(base: string, list: Route[], cookies: Cookies, count: number) {
  const out: { route: string; path: string; p50: number; p90: number; bytes: number }[] = [];
  for (const r of list) {
    const samples: number[] = [];
    let bytes = 0;
    const started = performance.now();
    // At least 3 requests, then stop after 20 s on one route: a page taking tens of seconds is
    // already diagnosed by three samples.
    for (let i = 0; i < count && (i < 3 || performance.now() - started < 20_000); i++) {
      const t = performance.now();
      const res = await fetch(base + r.path, { redirect: "manual", headers: headersFor(r, cookies) });
      bytes = (await res.arrayBuffer()).byteLength;
      samples.push(performance.now() - t);
    }
    out.push({ route: r.name, path: r.path, p50: median(samples), p90: percentile(samples, 90), bytes });
  }
  return out;
}

const BUSY = /SQLITE_BUSY|database is locked|deadlock detected|too many clients|remaining connection slots/gi;

export function busyErrors(log: string): string[] {
  return [...new Set(log.match(BUSY) ?? [])];
}
