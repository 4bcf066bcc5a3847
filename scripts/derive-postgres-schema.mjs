// Derives prisma/postgres/schema.prisma from the one edited schema (prisma/sqlite/schema.prisma):
// Prisma allows one provider per schema, so the PostgreSQL copy swaps provider and client output.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const source = readFileSync("prisma/sqlite/schema.prisma", "utf8");
const derived =
  "// GENERATED from prisma/sqlite/schema.prisma by scripts/derive-postgres-schema.mjs: do not edit.\n" +
  source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../../generated/sqlite"', 'output       = "../../generated/postgres"');
if (!derived.includes('"postgresql"') || !derived.includes("generated/postgres")) {
  throw new Error("derive-postgres-schema: the sqlite schema no longer has the expected provider/output lines");
}
mkdirSync("prisma/postgres", { recursive: true });
const check = process.argv.includes("--check");
let current = "";
try { current = readFileSync("prisma/postgres/schema.prisma", "utf8"); } catch {}
if (check) {
  if (current !== derived) {
    console.error("prisma/postgres/schema.prisma is out of date: run npm run db:derive-postgres");
    process.exit(1);
  }
} else if (current !== derived) {
  writeFileSync("prisma/postgres/schema.prisma", derived);
  console.log("derived prisma/postgres/schema.prisma");
}
