// org:export and org:import as the npm scripts run them (tsx, react-server condition), in their own
// processes: one against this worker's database, one against a second, empty one.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { storage } from "@/lib/storage";
import { createLocalStorage } from "@/lib/storage/local";
import { createCampaign, createMember } from "@/tests/factories";
import { createEvidence, createCommitment } from "@/tests/factories/commitments";
import { createEmptyDatabase, type EmptyDatabase } from "@/tests/support/empty-database";

const run = promisify(execFile);
// Each run starts a process (tsx, the Prisma client): slow on a busy machine, hence the long timeouts.
const { LOG_LEVEL: _logLevel, ...inherited } = process.env;

async function cli(script: "org-export" | "org-import", args: string[], extra: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", `scripts/${script}.ts`, ...args], {
      env: { ...inherited, NODE_ENV: "production", ...extra },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let target: EmptyDatabase;
let dir: string;
// The worker's storage root (lib/storage redirects the default into tmp/ under test).
const sourceEnv = () => ({ DATABASE_URL: env.DATABASE_URL, STORAGE_DIR: path.resolve("tmp/test-files") });

beforeAll(async () => {
  target = await createEmptyDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), "kintsugi-org-cli-"));
}, 120_000);

afterAll(async () => {
  await target?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm run org:export / org:import", () => {
  it("exports to a gzipped file readable by its owner only, and imports it into an empty instance", async () => {
    const admin = await createMember("ADMIN");
    const campaign = await createCampaign(admin, { title: "CLI incident" });
    const commitment = await createCommitment(campaign, { ownerId: admin.userId });
    const evidence = await createEvidence(commitment, admin.userId);
    const key = `evidence/${admin.organizationId}/cli-proof.txt`;
    await storage.put(key, "proof of the refunds\n");
    await db.evidence.update({ where: { id: evidence.id }, data: { kind: "FILE", fileKey: key, fileName: "proof.txt", fileMime: "text/plain", fileSize: 21 } });

    const file = path.join(dir, "acme.jsonl.gz");
    const exported = await cli("org-export", ["--org", admin.organizationSlug, "--out", file], sourceEnv());
    expect(exported.code, exported.stderr).toBe(0);
    const summary = JSON.parse(exported.stdout);
    expect(summary).toMatchObject({ file, files: 1, organization: { slug: admin.organizationSlug }, rows: { Campaign: 1, Evidence: 1, User: 1 } });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["acme.jsonl.gz"]);

    const targetFiles = path.join(dir, "target-files");
    const imported = await cli("org-import", ["--file", file], { DATABASE_URL: target.url, STORAGE_DIR: targetFiles });
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ files: 1, rows: { Campaign: 1, Evidence: 1 } });
    expect(await target.db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({ title: "CLI incident" });
    const copied = await createLocalStorage(targetFiles).get(key);
    let text = "";
    for await (const chunk of copied) text += chunk;
    expect(text).toBe("proof of the refunds\n");

    const again = await cli("org-import", ["--file", file], { DATABASE_URL: target.url, STORAGE_DIR: targetFiles });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists here/);
  }, 180_000);

  it("exits with 2 on bad arguments and with 1 for an unknown organization, leaving no file", async () => {
    expect((await cli("org-export", [], sourceEnv())).code).toBe(2);
    expect((await cli("org-import", ["--file"], sourceEnv())).code).toBe(2);
    const out = path.join(dir, "nobody");
    const missing = await cli("org-export", ["--org", "no-such-org", "--out", `${out}/`], sourceEnv());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No organization with the short name "no-such-org"/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  }, 180_000);
});
