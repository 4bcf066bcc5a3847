// `npm start`: builds when there is no build, applies migrations, and serves on PORT (default 3000).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import { migrate } from "./migrate.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";

// Sessions are signed with NEXTAUTH_SECRET. A single machine gets one generated on first run and
// kept in data/; several instances must share one, so set it yourself there.
export function ensureSecret(env = process.env) {
  if (env.NEXTAUTH_SECRET) return;
  const file = "data/auth-secret";
  mkdirSync("data", { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

export function ensureBuild() {
  if (existsSync(".next/BUILD_ID") && !process.env.KINTSUGI_REBUILD) return;
  console.log("No production build yet: building (about a minute)…");
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
}

export function serve(env = process.env) {
  const port = env.PORT ?? "3000";
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit", env });
  // Pass signals on so in-flight requests finish and the database closes cleanly.
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
  return child;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureSecret();
  ensureBuild();
  migrate();
  serve();
}
