// Integration tests: one migrated database per run. SQLite: a migrated template that each worker
// copies to its own file. PostgreSQL (npm run test:pg): the throwaway database test-pg.mjs made.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    sqliteTemplate: string | null;
  }
}

export default function setup(project: TestProject) {
  const url = process.env.DATABASE_URL ?? "";
  const prisma = path.resolve("node_modules/prisma/build/index.js");
  if (/^postgres(ql)?:\/\//.test(url)) {
    execFileSync(process.execPath, [prisma, "migrate", "deploy"], { stdio: "ignore", env: { ...process.env, DATABASE_URL: url } });
    project.provide("databaseUrl", url);
    project.provide("sqliteTemplate", null);
    return;
  }
  const dir = path.resolve("tmp/test-db");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const template = path.join(dir, "template.db");
  execFileSync(process.execPath, [prisma, "migrate", "deploy"], { stdio: "ignore", env: { ...process.env, DATABASE_URL: `file:${template}` } });
  project.provide("databaseUrl", "");
  project.provide("sqliteTemplate", template);
}
