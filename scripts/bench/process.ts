// Starting a product command-line script as its own process, watching its peak memory (from its
// own report at exit, else from /proc while it runs), and optionally killing it at a given moment.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { TSX_ARGS } from "./child";

// The Node flags package.json's `feedback:import` runs the import with (its heap sizes), so the
// bench and the soak measure the command people run.
export function importNodeFlags(): string[] {
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
  return scripts["feedback:import"].split(/\s+/).filter((a) => /^--max-(old|semi)-space-size=/.test(a));
}

export type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; wallMs: number; maxRssKb: number | null };

function vmHwmKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export function runTsScript(script: string, args: string[], env: Record<string, string>, opts: { killAfterMs?: number; rssFile: string }): Promise<Run> {
  rmSync(opts.rssFile, { force: true });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...importNodeFlags(), ...TSX_ARGS, "--import", path.resolve("scripts/bench/rss-report.mjs"), script, ...args], {
      env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "silent", NEXT_TELEMETRY_DISABLED: "1", ...env, BENCH_RSS_FILE: opts.rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let peak = 0;
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const poll = setInterval(() => (peak = Math.max(peak, vmHwmKb(child.pid!) ?? 0)), 100);
    const killer = opts.killAfterMs !== undefined ? setTimeout(() => child.kill("SIGKILL"), opts.killAfterMs) : null;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearInterval(poll);
      if (killer) clearTimeout(killer);
      let reported: number | null = null;
      if (existsSync(opts.rssFile)) reported = (JSON.parse(readFileSync(opts.rssFile, "utf8")) as { maxRssKb: number }).maxRssKb;
      resolve({ code, signal, stdout, stderr, wallMs: performance.now() - started, maxRssKb: reported ?? (peak || null) });
    });
  });
}
