// Runs one measurement script in its own Node process. The app reads DATABASE_URL once, when
// lib/env.ts loads, so every measurement against a database gets a process whose environment
// names that database; it also keeps one measurement's caches and heap out of the next one.
// The script prints one JSON line on stdout (its result); anything else goes to stderr.
import { spawn } from "node:child_process";

export type ChildResult<T> = { value: T; ms: number; maxRssKb: number | null };

export const TSX_ARGS = ["--import", "tsx", "--conditions=react-server"];

export function runScript<T>(script: string, args: string[], env: Record<string, string | undefined>, opts: { timeoutMs?: number } = {}): Promise<ChildResult<T>> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX_ARGS, script, ...args], {
      env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "error", NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs) : null;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      const last = out.trim().split("\n").filter(Boolean).at(-1);
      if (code !== 0 || !last) {
        reject(new Error(`${script} ${args.join(" ")} exited with ${code ?? signal}:\n${err.trim().slice(-3000)}\n${out.trim().slice(-1000)}`));
        return;
      }
      try {
        const value = JSON.parse(last) as T & { maxRssKb?: number };
        resolve({ value, ms: performance.now() - started, maxRssKb: value.maxRssKb ?? null });
      } catch {
        reject(new Error(`${script} printed no JSON result:\n${out.slice(-2000)}\n${err.slice(-2000)}`));
      }
    });
  });
}

// For the measurement scripts: print the result as the one JSON line the parent reads.
export function emit(value: unknown) {
  process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, ...(value as object) })}\n`);
}
