// The measurements against the running app: page weight, HTTP load, Lighthouse. One server for
// all of them, started on the bench database with a secret of its own.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { freePort, prepareApp, startServer, type PreparedApp } from "./app-server";
import { runScript } from "./child";
import type { Manifest } from "./dataset";
import { failed, ratioOf, type Measurement } from "./measurement";
import { busyErrors, drain, mixedLoad, preflight, probeRoutes, staticLoad } from "./measure-http";
import { pageWeight } from "./measure-weight";
import { routes, type Cookies, type Route } from "./routes";
import { sessionCookie } from "./session";
import { runDir, type Target } from "./target";

export type WebOptions = { smoke: boolean; port: number; appDir?: string };

const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const DRAIN_LIMIT_MS = 180_000;

type Scores = { performance: number; accessibility: number; performanceRuns: number[]; failingAccessibilityAudits: string[]; retries: number };

async function lighthouse(base: string, route: Route, cookies: Cookies, runs: number): Promise<Scores> {
  return (await runScript<Scores>(
    "scripts/bench/measure-lighthouse.ts", [base + route.path, String(runs)], { BENCH_COOKIE: route.as ? cookies[route.as] : undefined }, { timeoutMs: 900_000 },
  )).value;
}

// Beside the bare page's scores: what the framework alone scores on this machine is the ceiling.
function lighthouseLines(route: Route, v: Scores, bare: Scores | null, runs: number, db: string, targets: boolean): Measurement[] {
  const note = `median of ${runs} run${runs === 1 ? "" : "s"}${v.retries ? ` (${v.retries} retried after a Lighthouse trace error)` : ""}${v.failingAccessibilityAudits.length ? `; failing: ${v.failingAccessibilityAudits.join(", ")}` : ""}`;
  const base = (k: "performance" | "accessibility") => (bare ? { baseline: bare[k], baselineName: "bare page", ratio: ratioOf(v[k], bare[k]) } : { baseline: null, baselineName: null, ratio: null });
  return [
    { id: `lighthouse-perf-${route.as ?? "public"}`, name: `Lighthouse performance, ${route.name}`, database: db, value: v.performance, unit: "", ...base("performance"), target: targets ? "≥ 95" : "—", pass: targets ? v.performance >= 95 : null, note, details: { page: v, bare } },
    { id: `lighthouse-a11y-${route.as ?? "public"}`, name: `Lighthouse accessibility, ${route.name}`, database: db, value: v.accessibility, unit: "", ...base("accessibility"), target: targets ? "100" : "—", pass: targets ? v.accessibility === 100 : null },
  ];
}

export async function webSteps(target: Target, manifest: Manifest, opts: WebOptions): Promise<Measurement[]> {
  log("building the app (skipped when its sources did not change)…");
  const app = prepareApp(opts.appDir ? path.resolve(opts.appDir) : undefined);
  if (app.built) log(`built in ${app.buildSeconds.toFixed(0)} s in ${app.dir}`);
  try {
    return await served(app, target, manifest, opts);
  } finally {
    app.release();
  }
}

async function served(app: PreparedApp, target: Target, manifest: Manifest, opts: WebOptions): Promise<Measurement[]> {
  const out: Measurement[] = [];
  const db = target.label;
  const secret = randomBytes(32).toString("base64url");
  const port = await freePort(opts.port);
  const serverEnv = { DATABASE_URL: target.url, NEXTAUTH_SECRET: secret, STORAGE_DIR: path.join(runDir(), "files") };
  let server = await startServer(app, serverEnv, port, path.join(runDir(), "server.log"));
  try {
    const r = routes(manifest);
    const person = (role: "COMMS" | "EXEC") => manifest.people.find((p) => p.role === role)!;
    const cookies: Cookies = { COMMS: await sessionCookie(person("COMMS"), secret), EXEC: await sessionCookie(person("EXEC"), secret) };
    const reads = [r.bare, r.public, r.inbox, r.inboxSearch, r.dashboard];
    await preflight(server.url, reads, cookies);

    // Page weight first, on an idle server.
    try {
      const bare = await pageWeight(server.url, r.bare, cookies);
      for (const route of [r.public, r.inbox, r.dashboard]) {
        const w = await pageWeight(server.url, route, cookies);
        const isPublic = route === r.public;
        out.push({
          id: `weight-${route.as ?? "public"}`, name: `JavaScript shipped (gzipped <script src>), ${route.name}`, database: null, value: w.jsGzipBytes / 1024, unit: "KB",
          baseline: bare.jsGzipBytes / 1024, baselineName: "bare page", ratio: ratioOf(w.jsGzipBytes, bare.jsGzipBytes), target: isPublic ? "≤ 1.1× bare page" : "—",
          pass: isPublic ? w.jsGzipBytes <= 1.1 * bare.jsGzipBytes : null, details: { page: w, bare },
        });
      }
    } catch (e) {
      out.push(failed("weight", "JavaScript shipped", null, "≤ 1.1× bare page", e));
    }

    const load = opts.smoke ? { connections: 5, seconds: 5 } : { connections: 50, seconds: 60 };
    try {
      // The bare page first, on an idle server: the mixed load can leave work behind (see drain).
      log(`HTTP: bare page, ${load.connections} connections for ${opts.smoke ? 5 : 30} s…`);
      const bare = await staticLoad(server.url, r.bare, { connections: load.connections, seconds: opts.smoke ? 5 : 30 });
      log(`HTTP: mixed load, ${load.connections} connections for ${load.seconds} s…`);
      const mixed = await mixedLoad(server.url, manifest, r, cookies, load);
      const drainMs = await drain(server.url, r.bare, DRAIN_LIMIT_MS);
      const busy = busyErrors(server.logText());
      const drained = drainMs < DRAIN_LIMIT_MS;
      if (!drained) {
        // Still working through abandoned requests: what follows would measure that backlog, not
        // the pages. A fresh server (same database) for the probe and Lighthouse.
        log(`the server was still busy ${DRAIN_LIMIT_MS / 1000} s after the load ended: restarting it`);
        await server.stop();
        server = await startServer(app, serverEnv, port, path.join(runDir(), "server-2.log"));
      }
      const probe = await probeRoutes(server.url, reads, cookies, opts.smoke ? 3 : 10);
      // autocannon counts a timeout as an error too: errors already include timeouts.
      const errors = mixed.non2xx + mixed.errors;
      const shape = `${load.connections} connections, ${load.seconds} s, 90% page reads / 10% API writes`;
      out.push(
        { id: "http-rps", name: `HTTP mixed load (${shape}): requests/s`, database: db, value: mixed.rps, unit: "req/s", baseline: bare.rps, baselineName: "bare static page", ratio: ratioOf(mixed.rps, bare.rps), target: "—", pass: null, note: `server busy ${drained ? `${(drainMs / 1000).toFixed(1)} s` : `over ${DRAIN_LIMIT_MS / 1000} s (restarted)`} after the load ended; unloaded p50: ${probe.map((p) => `${p.route} ${Math.round(p.p50)} ms`).join(", ")}`, details: { mixed, bare, probe, drainMs } },
        { id: "http-latency", name: "HTTP mixed load: read latency p50 (p90, p99 in the note)", database: db, value: mixed.latency.p50, unit: "ms", baseline: bare.latency.p50, baselineName: "bare page p50", ratio: ratioOf(mixed.latency.p50, bare.latency.p50), target: "—", pass: null, note: `reads p90 ${mixed.latency.p90} ms, p99 ${mixed.latency.p99} ms; ${Number.isFinite(mixed.writes.latency.p50) ? `API writes p50 ${Math.round(mixed.writes.latency.p50)} ms, p90 ${Math.round(mixed.writes.latency.p90)} ms, p99 ${Math.round(mixed.writes.latency.p99)} ms` : `no API write answered within 30 s`}; bare page p90 ${bare.latency.p90} ms, p99 ${bare.latency.p99} ms` },
        {
          id: "http-errors", name: "HTTP mixed load: errors (non-2xx, socket errors, timeouts; busy database in the log)", database: db, value: errors + busy.length, unit: "", baseline: null, baselineName: null, ratio: null,
          target: "0", pass: errors === 0 && busy.length === 0, note: `${mixed.requests.toLocaleString("en")} requests (${mixed.reads.requests.toLocaleString("en")} reads, ${mixed.writes.requests.toLocaleString("en")} writes = ${Math.round(mixed.writeShare * 100)}%); ${mixed.errors} failed without an answer (${mixed.timeouts} of them timed out after 30 s); status ${JSON.stringify(mixed.statusCodes)}; busy database in the log: ${busy.length ? busy.join(", ") : "none"}`,
        },
      );
    } catch (e) {
      out.push(failed("http", "HTTP mixed load", db, "no errors", e));
    }

    const runs = opts.smoke ? 1 : 5;
    let bare: Scores | null = null;
    try {
      log(`Lighthouse: ${r.bare.name}, ${runs} run(s)…`);
      bare = await lighthouse(server.url, r.bare, cookies, runs);
    } catch (e) {
      out.push(failed("lighthouse-bare", `Lighthouse, ${r.bare.name}`, db, "—", e));
    }
    for (const [route, targets] of [[r.public, true], [r.dashboard, false]] as const) {
      try {
        log(`Lighthouse: ${route.name}, ${runs} run(s)…`);
        out.push(...lighthouseLines(route, await lighthouse(server.url, route, cookies, runs), bare, runs, db, targets));
      } catch (e) {
        out.push(failed(`lighthouse-${route.as ?? "public"}`, `Lighthouse, ${route.name}`, db, targets ? "≥ 95 / 100" : "—", e));
      }
    }
  } finally {
    await server.stop();
  }
  return out;
}
