// `npm test`: unit and integration tests (vitest), then the browser tests (Playwright against
// `next start` on a fresh database). Ends with one line: "N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
rmSync("tmp/results", { recursive: true, force: true });
mkdirSync("tmp/results", { recursive: true });

const run = (args, env = {}) =>
  spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

const vitestCode = run(["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", "--outputFile.json=tmp/results/vitest.json"]);
const e2eCode = run(["scripts/e2e.mjs"]);

function counts() {
  let passed = 0, failed = 0, skipped = 0;
  if (existsSync("tmp/results/vitest.json")) {
    const v = JSON.parse(readFileSync("tmp/results/vitest.json", "utf8"));
    passed += v.numPassedTests ?? 0;
    failed += (v.numFailedTests ?? 0) + (v.numRuntimeErrorTestSuites ?? 0);
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  } else failed += 1;
  if (existsSync("tmp/results/e2e.json")) {
    const s = JSON.parse(readFileSync("tmp/results/e2e.json", "utf8")).stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += s.unexpected ?? 0;
    skipped += s.skipped ?? 0;
  } else failed += 1;
  return { passed, failed, skipped };
}

const c = counts();
if (vitestCode !== 0 && c.failed === 0) c.failed = 1;
if (e2eCode !== 0 && c.failed === 0) c.failed = 1;
console.log(`\n${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
process.exit(c.failed > 0 ? 1 : 0);
