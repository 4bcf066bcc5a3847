import "server-only";
import { readFileSync } from "node:fs";
import { parsePrismaSchema, type SchemaModel } from "@/lib/org-transfer/schema-model";
import { buildTransferPlan, type TransferPlan } from "@/lib/org-transfer/plan";

// The schema both databases are migrated from (the PostgreSQL one is derived from it).
const SCHEMA_FILE = new URL("../../prisma/sqlite/schema.prisma", import.meta.url);

let cached: { schema: SchemaModel; plan: TransferPlan } | null = null;

export function loadTransferPlan(): { schema: SchemaModel; plan: TransferPlan } {
  if (!cached) {
    const schema = parsePrismaSchema(readFileSync(SCHEMA_FILE, "utf8"));
    cached = { schema, plan: buildTransferPlan(schema) };
  }
  return cached;
}
