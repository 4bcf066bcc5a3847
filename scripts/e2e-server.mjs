// The server the browser tests run against: a production build on a fresh SQLite database.
import { mkdirSync, rmSync } from "node:fs";
import { migrate } from "./migrate.mjs";
import { ensureBuild, serve } from "./start.mjs";

const file = "tmp/e2e/e2e.db";
rmSync("tmp/e2e", { recursive: true, force: true });
mkdirSync("tmp/e2e", { recursive: true });
process.env.DATABASE_URL = `file:./${file}`;
process.env.MIGRATE_QUIET = "1";
// The child process must not inherit the test runner's react-server condition.
process.env.NODE_OPTIONS = (process.env.NODE_OPTIONS ?? "").replace("--conditions=react-server", "").trim();
ensureBuild();
migrate();
serve();
