// `npm run test:e2e`: Playwright against `next start` on a fresh database (see playwright.config.ts).
import { spawnSync } from "node:child_process";
import { findChromium, INSTALL_HINT } from "./find-chromium.mjs";

const chromium = await findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim() },
});
process.exit(result.status ?? 1);
