// org:export and org:import: a rich organization leaves one instance and arrives in an empty one
// with every row equal field by field and every file equal byte for byte; the neighbour on the
// same instance stays behind; refusals write nothing. Runs on SQLite and on PostgreSQL (test:pg).
//
// The tests share one export and one target database and run in order: the refusals first, while
// the target is still empty, then the import that must succeed.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Db } from "@/lib/db";
import { storage, type FileStorage } from "@/lib/storage";
import { createLocalStorage } from "@/lib/storage/local";
import { ConflictError } from "@/lib/errors";
import { hashToken } from "@/lib/auth/tokens";
import { exportOrganization, type ExportSummary } from "@/lib/org-transfer/export-organization";
import { importOrganization } from "@/lib/org-transfer/import-organization";
import { loadTransferPlan } from "@/lib/org-transfer/load-plan";
import { scopeWhere, type PlanStep } from "@/lib/org-transfer/plan";
import { FormatError } from "@/lib/org-transfer/format";
import { delegateOf, pagedRows, type Row } from "@/lib/org-transfer/delegates";
import { exportedUser, NO_CREDENTIALS } from "@/lib/org-transfer/user-rows";
import { createEmptyDatabase, type EmptyDatabase } from "@/tests/support/empty-database";
import { createRichOrganization, PDF, PNG } from "@/tests/support/rich-organization";

const { plan } = loadTransferPlan();
const OWN_EVENTS = ["organization.exported", "organization.imported"];

async function* linesOf(text: string) {
  for (const line of text.split("\n")) if (line !== "") yield line;
}

async function readAll(s: FileStorage, key: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of await s.get(key)) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

async function rows(client: Db, step: PlanStep, where: Row): Promise<Row[]> {
  const out: Row[] = [];
  for await (const row of pagedRows(delegateOf(client, step.delegate), where, step.idFields)) out.push(row);
  return step.model === "AuditEvent" ? out.filter((r) => !OWN_EVENTS.includes(r.action as string)) : out;
}

// Everything the target holds, model by model: it was empty, so all of it came from the file.
async function everything(client: Db) {
  const out: Record<string, Row[]> = {};
  for (const step of plan.steps) out[step.model] = await rows(client, step, {});
  return out;
}

let rich: Awaited<ReturnType<typeof createRichOrganization>>;
let exported: string;
let summary: ExportSummary;
let target: EmptyDatabase;
let targetDir: string;
let targetStorage: FileStorage;

beforeAll(async () => {
  [rich, target] = await Promise.all([createRichOrganization(), createEmptyDatabase()]);
  targetDir = mkdtempSync(path.join(os.tmpdir(), "kintsugi-import-"));
  targetStorage = createLocalStorage(targetDir);
  const lines: string[] = [];
  summary = await exportOrganization({ db, storage, slug: rich.org.slug, write: (line) => void lines.push(line) });
  exported = lines.join("");
}, 120_000);

afterAll(async () => {
  await target?.drop();
  if (targetDir) rmSync(targetDir, { recursive: true, force: true });
});

describe("org:export", () => {
  it("carries at least one row of every model in the plan, and the files", () => {
    for (const step of plan.steps) expect(summary.rows[step.model], `no ${step.model} row in the rich organization`).toBeGreaterThan(0);
    expect(summary.files).toBe(rich.storedFiles.length);
    expect(summary.missingFiles).toEqual([rich.missingFile]);
    expect(summary.rows.User).toBe(5);
  });

  it("leaves the neighbour organization out, even through the person both share", () => {
    const n = rich.neighbour;
    for (const secret of [n.org.id, n.org.slug, n.admin.userId, n.admin.email, n.campaign.id, n.item.id, n.item.text, n.fileKey]) {
      expect(exported, secret).not.toContain(secret);
    }
    expect(exported).toContain(rich.exec.userId);
  });

  it("keeps members' password hashes and gives the former member none", async () => {
    const users = exported.split("\n").filter((l) => l.includes('"model":"User"')).map((l) => JSON.parse(l).data);
    const admin = await db.user.findUniqueOrThrow({ where: { id: rich.admin.userId } });
    expect(users.find((u) => u.id === admin.id).passwordHash).toBe(admin.passwordHash);
    expect(users.find((u) => u.id === rich.former.id).passwordHash).toBe(NO_CREDENTIALS);
  });

  it("records who exported what in the audit log", async () => {
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: rich.org.id, action: "organization.exported" } });
    expect(event).toMatchObject({ actorId: null, actorLabel: "org:export (command line)", entityId: rich.org.id });
    expect((event.after as { rows: Record<string, number> }).rows.Evidence).toBe(summary.rows.Evidence);
  });
});

describe("org:import", () => {
  it("refuses an instance that already has the organization, writing nothing", async () => {
    const before = await everything(db);
    await expect(importOrganization({ db, storage, lines: linesOf(exported) })).rejects.toThrow(ConflictError);
    expect(await everything(db)).toEqual(before);
  });

  it("refuses a record that exists deep in the file and rolls back everything, files included", async () => {
    const clash = await target.db.user.create({ data: { email: rich.manager.email, name: "Someone else", passwordHash: "x" } });
    await expect(importOrganization({ db: target.db, storage: targetStorage, lines: linesOf(exported) })).rejects.toThrow(/already has a User with email/);
    const after = await everything(target.db);
    for (const step of plan.steps) expect(after[step.model], step.model).toHaveLength(step.model === "User" ? 1 : 0);
    for (const key of rich.storedFiles) await expect(targetStorage.get(key)).rejects.toMatchObject({ code: "ENOENT" });
    await target.db.user.delete({ where: { id: clash.id } });
  });

  it("refuses a damaged or truncated file, writing nothing", async () => {
    const lines = exported.split("\n").filter(Boolean);
    const chunk = lines.findIndex((l) => l.startsWith('{"kind":"chunk"'));
    const flipped = [...lines];
    flipped[chunk] = flipped[chunk].replace(/"data":"(.)/, (_m, c: string) => `"data":"${c === "A" ? "B" : "A"}`);
    const cases: [string[], RegExp][] = [
      [flipped, /does not match its checksum/],
      [lines.slice(0, -1), /truncated/],
      [lines.map((l) => l.replace(rich.org.name, "Someone else")), /does not match its checksum/],
      [[lines[0], ...lines.slice(2)], /not in the file/],
    ];
    for (const [damaged, message] of cases) {
      await expect(importOrganization({ db: target.db, storage: targetStorage, lines: linesOf(damaged.join("\n")) })).rejects.toThrow(message);
    }
    await expect(importOrganization({ db: target.db, storage: targetStorage, lines: linesOf("") })).rejects.toThrow(FormatError);
    const after = await everything(target.db);
    for (const step of plan.steps) expect(after[step.model], step.model).toHaveLength(0);
  });

  it("round-trips every row field by field and every file byte for byte into an empty instance", async () => {
    const result = await importOrganization({ db: target.db, storage: targetStorage, lines: linesOf(exported) });
    expect(result.rows).toEqual(Object.fromEntries(Object.entries(summary.rows).filter(([, n]) => n > 0)));

    const members = new Set((await db.membership.findMany({ where: { organizationId: rich.org.id } })).map((m) => m.userId));
    const userIds = [rich.admin.userId, rich.comms.userId, rich.manager.userId, rich.exec.userId, rich.former.id];
    const copied = await everything(target.db);
    for (const step of plan.steps) {
      const where = scopeWhere(plan, step, rich.org.id, userIds);
      let expected = await rows(db, step, where);
      if (step.model === "User") expected = expected.map((u) => exportedUser(u, { organizationId: rich.org.id, memberIds: members }));
      expect(copied[step.model], step.model).toEqual(expected);
    }

    for (const key of rich.storedFiles) expect((await readAll(targetStorage, key)).equals(await readAll(storage, key)), key).toBe(true);
    const evidenceFiles = await target.db.evidence.findMany({ where: { fileMime: { not: null }, NOT: { fileKey: rich.missingFile } }, orderBy: { fileSize: "asc" } });
    expect((await readAll(targetStorage, evidenceFiles[0].fileKey!)).equals(PDF)).toBe(true);
    expect((await readAll(targetStorage, evidenceFiles[1].fileKey!)).equals(PNG)).toBe(true);
    await expect(targetStorage.get(rich.missingFile)).rejects.toMatchObject({ code: "ENOENT" });

    // What the database derives (not carried) is rebuilt from the imported rows, equal to the source's.
    const derived = async (client: typeof db) => ({
      days: await client.feedbackDayStat.findMany({ where: { organizationId: rich.org.id }, orderBy: [{ campaignId: "asc" }, { day: "asc" }] }),
      themes: await client.$queryRaw`SELECT "id", "feedbackCount" FROM "Theme" WHERE "organizationId" = ${rich.org.id} ORDER BY "id"`,
    });
    const source = await derived(db);
    expect(source.days.length).toBeGreaterThan(0);
    expect(await derived(target.db)).toEqual(source);

    // Links and tokens keep working: the hashes of the secrets handed out before the move match.
    expect(await target.db.apiToken.count({ where: { tokenHash: hashToken(rich.secrets.apiToken) } })).toBe(1);
    expect(await target.db.customerStory.count({ where: { withdrawTokenHash: hashToken(rich.secrets.withdrawToken) } })).toBe(1);
    expect(await target.db.storyRequestLink.count({ where: { tokenHash: hashToken(rich.secrets.storyLinkToken) } })).toBe(1);

    const event = await target.db.auditEvent.findFirstOrThrow({ where: { action: "organization.imported" } });
    expect(event).toMatchObject({ organizationId: rich.org.id, actorLabel: "org:import (command line)" });

    // And a second import of the same file into the now non-empty instance is refused, unchanged.
    const before = await everything(target.db);
    await expect(importOrganization({ db: target.db, storage: targetStorage, lines: linesOf(exported) })).rejects.toThrow(ConflictError);
    expect(await everything(target.db)).toEqual(before);
  });
});
