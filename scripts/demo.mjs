// `npm run demo`: the app with a realistic sample campaign, on data/demo.db unless DATABASE_URL is set.
import { execFileSync } from "node:child_process";
import { migrate } from "./migrate.mjs";
import { ensureBuild, ensureSecret, serve } from "./start.mjs";

process.env.DATABASE_URL ??= "file:./data/demo.db";
process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureSecret();
ensureBuild();
migrate();
execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/seed-demo.ts"], {
  stdio: "inherit",
  env: process.env,
});
serve();
