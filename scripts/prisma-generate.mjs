// Generates both Prisma clients (generated/sqlite and generated/postgres) on install.
// Each generate needs a DATABASE_URL of its own provider, else the CLI tries to download an engine.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";

mkdirSync("data", { recursive: true });
execFileSync(process.execPath, ["scripts/derive-postgres-schema.mjs"], { stdio: "inherit" });
const prisma = "node_modules/prisma/build/index.js";
const urls = {
  sqlite: "file:./data/generate-placeholder.db",
  postgres: "postgresql://placeholder:placeholder@localhost:5432/placeholder",
};
for (const [name, url] of Object.entries(urls)) {
  execFileSync(process.execPath, [prisma, "generate"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  console.log(`prisma client generated for ${name}`);
}
