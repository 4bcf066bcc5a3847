// `npm start`: builds when there is no build, applies migrations, and serves on PORT (default 3000).
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
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

// A fingerprint of everything the build reads, so a pulled or edited tree is rebuilt and an
// unchanged one starts at once.
function sourceFingerprint() {
  const hash = createHash("sha256");
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir).sort()) {
      const p = path.join(dir, entry);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else hash.update(`${p}:${st.size}:${st.mtimeMs}\n`);
    }
  };
  for (const dir of ["app", "components", "lib", "generated", "public"]) walk(dir);
  for (const file of ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"]) {
    if (existsSync(file)) hash.update(`${file}:${statSync(file).mtimeMs}\n`);
  }
  // Public pages are cached as rendered, with or without the follow-by-email form: setting or
  // removing SMTP_URL rebuilds, which empties that cache.
  hash.update(`smtp:${process.env.SMTP_URL ? "on" : "off"}\n`);
  return hash.digest("hex");
}

export function ensureBuild() {
  const stamp = ".next/kintsugi-source";
  const fingerprint = sourceFingerprint();
  if (existsSync(".next/BUILD_ID") && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint) return;
  console.log("Building the app (first start or changed sources, under a minute)…");
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  writeFileSync(stamp, fingerprint);
}

export function serve(env = process.env) {
  const port = env.PORT ?? "3000";
  const child = spawn(process.execPath, ["scripts/server.mjs"], { stdio: "inherit", env: { ...env, PORT: port, NODE_ENV: "production" } });
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
