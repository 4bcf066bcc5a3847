// The built app the HTTP, page-weight and Lighthouse measurements run against. It is built in a
// mirror of the working tree (tmp/bench-app by default) rather than in place: the project's .next
// may be in use by a running dev server or by other people's builds, and a bench must not disturb
// them. The mirror has no lock file of its own, so Next takes the project as the workspace root and
// resolves node_modules from it (a symlinked node_modules is refused by Turbopack as "outside the
// workspace root"). It is rebuilt only when the sources changed since its last build.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package.json", "next-env.d.ts"];

// Copies what changed (by size and time), removes what is gone; returns a fingerprint of the tree.
function mirror(from: string, to: string): string {
  const hash = createHash("sha256");
  const sync = (rel: string) => {
    const src = path.join(from, rel);
    const dst = path.join(to, rel);
    const st = statSync(src);
    if (st.isDirectory()) {
      mkdirSync(dst, { recursive: true });
      const names = readdirSync(src).sort();
      for (const stale of existsSync(dst) ? readdirSync(dst) : []) if (!names.includes(stale)) rmSync(path.join(dst, stale), { recursive: true, force: true });
      for (const n of names) sync(path.join(rel, n));
      return;
    }
    hash.update(`${rel}:${st.size}:${st.mtimeMs}\n`);
    const d = existsSync(dst) ? statSync(dst) : null;
    if (!d || d.size !== st.size || d.mtimeMs !== st.mtimeMs) {
      copyFileSync(src, dst);
      utimesSync(dst, st.atime, st.mtime);
    }
  };
  for (const s of SOURCES) if (existsSync(path.join(from, s))) sync(s);
  for (const s of SOURCES) if (!existsSync(path.join(from, s))) rmSync(path.join(to, s), { recursive: true, force: true });
  const generated = path.join(to, "generated");
  if (!existsSync(generated)) symlinkSync(path.relative(to, path.join(from, "generated")), generated);
  return hash.digest("hex");
}

export type PreparedApp = { dir: string; built: boolean; buildSeconds: number; release(): void };

// One run at a time builds and serves from a mirror: another run rebuilding it would pull the .next
// folder from under a running server. The lock file names its owner; a dead owner's lock is taken.
function lock(dir: string): () => void {
  const file = `${dir}.lock`;
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => rmSync(file, { force: true });
    } catch {
      const owner = Number(readFileSync(file, "utf8"));
      let alive = false;
      try {
        process.kill(owner, 0);
        alive = true;
      } catch {}
      if (!alive) rmSync(file, { force: true });
      else if (Date.now() > deadline) throw new Error(`${dir} has been locked by process ${owner} for 30 minutes`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
    }
  }
}

export function prepareApp(dir = path.resolve("tmp/bench-app")): PreparedApp {
  const root = process.cwd();
  mkdirSync(dir, { recursive: true });
  const release = lock(dir);
  try {
    return build(root, dir, release);
  } catch (error) {
    release();
    throw error;
  }
}

function build(root: string, dir: string, release: () => void): PreparedApp {
  const fingerprint = mirror(root, dir);
  const stamp = path.join(dir, ".next", "bench-source");
  if (existsSync(path.join(dir, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint) {
    return { dir, built: false, buildSeconds: 0, release };
  }
  const started = performance.now();
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: "" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`next build failed in ${dir}:\n${(build.stdout + build.stderr).slice(-4000)}`);
  writeFileSync(stamp, fingerprint);
  return { dir, built: true, buildSeconds: (performance.now() - started) / 1000, release };
}

export type Server = { url: string; log: string; stop(): Promise<void>; logText(): string };

export async function startServer(app: PreparedApp, env: Record<string, string>, port: number, logFile: string): Promise<Server> {
  const root = process.cwd();
  const out = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: app.dir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: "", LOG_LEVEL: "warn", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the app did not answer /api/health within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    log: logFile,
    logText: () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : ""),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => {
          out.end();
          resolve();
        });
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

// The first free port from `from` to `to` (3300–3399 by default: the range this project's benches use).
export async function freePort(from: number, to = 3399): Promise<number> {
  const { createServer } = await import("node:net");
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once("error", () => resolve(false)).once("listening", () => probe.close(() => resolve(true)));
      probe.listen(port, "0.0.0.0");
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from} to ${to}`);
}
