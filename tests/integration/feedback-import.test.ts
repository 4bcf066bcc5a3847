import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { executeAction } from "@/lib/actions/define-action";
import type { Member } from "@/lib/auth/member";
import { cancelImport, saveImportMapping, startImport, uploadImport } from "@/lib/feedback/import/mutations";
import { importSettled, resumeStaleImports } from "@/lib/feedback/import/launch";
import { runImportJob, type RunOptions } from "@/lib/feedback/import/run-import";
import { createImportJob } from "@/lib/feedback/import/create-job";
import { prepareImportFile } from "@/lib/feedback/import/prepare-file";
import { getImportJob, listImportJobs, listSavedMappings, rejectionsCsv } from "@/lib/feedback/import/queries";
import type { ImportSettings } from "@/lib/feedback/import/settings";
import { exportFeedbackCsv } from "@/lib/feedback/export";
import { scoreSentiment } from "@/lib/feedback/sentiment";
import { createCampaign, createMember } from "@/tests/factories";

const HEADER = "Ticket,Posted,Customer,Source,What they said,Link";
const GOOD = [
  "T-1,2026-03-03 10:15,Tom Becker,Zendesk,I was billed twice for order 88213 and my rent bounced.,https://help.example.com/t/1",
  "T-2,2026-03-03T09:20:00Z,@maria_k,Twitter,You charged my card THREE times. Where is my money?,",
  'T-3,2026-03-04 08:00,Priya S.,Trustpilot,"One star. Charged twice, support queue said 3 hours.",https://trustpilot.example.com/r/3',
  "T-4,2026-03-04 12:30,Lena,forum,Please add a page where I can check whether my order was affected.,",
  "T-1,2026-03-03 10:15,Tom Becker,Zendesk,Same ticket exported twice.,",
];
const BAD = [
  "T-5,2026-03-05 09:00,Anon,Survey,,", // no text
  "T-6,03/04/2026 10:00,Jonas,Email,My overdraft fee was 35 euros.,", // ambiguous date
  "T-7,2026-03-05 11:00,Grace,Email,The refund email says 10 days.,ftp://example.com/x", // not http(s)
  'T-8,2026-03-05 12:00,Eve,Email,=HYPERLINK("http://evil.example"),', // fine text: imported
  "T-9,2026-03-05 13:00,Mallory,Email,Charged, twice,no quotes,https://example.com/9", // shifted cells
];
const CSV = [HEADER, ...GOOD, ...BAD].join("\n") + "\n";

const FIELDS = { text: "What they said", author: "Customer", receivedAt: "Posted", externalId: "Ticket", url: "Link", channel: "column:Source", timeZone: "Europe/Berlin" };
const SETTINGS: ImportSettings = {
  columns: { text: "What they said", author: "Customer", receivedAt: "Posted", externalId: "Ticket", url: "Link", channel: "Source" },
  timeZone: "Europe/Berlin",
};

async function team() {
  const comms = await createMember("COMMS");
  const campaign = await createCampaign(comms);
  return { comms, campaign };
}

async function upload(member: Member, campaignId: string, csv: string, name = "export.csv") {
  const state = await executeAction(uploadImport, member, { campaignId, file: new File([csv], name, { type: "text/csv" }) });
  expect(state, state.message).toMatchObject({ ok: true });
  return state.data!.jobId;
}

// Upload, choose the columns, start, and wait for this process's runner.
async function importCsv(member: Member, campaignId: string, csv: string, fields: Record<string, string> = FIELDS) {
  const jobId = await upload(member, campaignId, csv);
  const state = await executeAction(startImport, member, { jobId, ...fields });
  expect(state, state.message).toMatchObject({ ok: true });
  const outcome = await importSettled(jobId);
  return { jobId, outcome, job: await db.importJob.findUniqueOrThrow({ where: { id: jobId } }) };
}

// A job ready to run (as the CLI makes it), for running with test hooks.
async function readyJob(member: Member, campaignId: string, csv: string, settings = SETTINGS) {
  const prepared = prepareImportFile(new TextEncoder().encode(csv));
  if (!prepared.ok) throw new Error(prepared.reason);
  const lease = new Date(Date.now() + 30_000);
  const job = await db.$transaction((tx) =>
    createImportJob(tx, { organizationId: member.organizationId, campaignId, createdById: member.userId, fileName: "x.csv", file: prepared.value, start: { settings, lease } }),
  );
  return { job, lease, run: (opts: RunOptions = {}) => runImportJob(job.id, { lease, ...opts }) };
}

const storedFile = (key: string) => path.resolve(env.STORAGE_DIR === "./data/files" ? "./tmp/test-files" : env.STORAGE_DIR, key);

const manyRows = (n: number, prefix = "R") =>
  [HEADER, ...Array.from({ length: n }, (_, i) => `${prefix}-${i},2026-03-0${1 + (i % 9)} 10:00,Someone ${i},Twitter,Complaint number ${i} about the double charge,`)].join("\n");

async function readStream(stream: ReadableStream<Uint8Array>) {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("feedback import", () => {
  it("imports a file: items with sentiment and channel, rejections with reasons, counts and timing on the job", async () => {
    const { comms, campaign } = await team();
    const { job, outcome } = await importCsv(comms, campaign.id, CSV);
    expect(outcome).toMatchObject({ status: "COMPLETED", created: 5, duplicates: 1, rejected: 4, rows: 10 });
    expect(job).toMatchObject({
      status: "COMPLETED", totalRows: 10, processedRows: 10, createdCount: 5, duplicateCount: 1, rejectedCount: 4,
      error: null, leaseUntil: null, filePath: null, cancelRequested: false,
    });
    expect(job.durationMs).toBeGreaterThanOrEqual(0);
    // The rows passed through the staging table, which keeps nothing once they are saved.
    expect(await db.importStagedRow.count({ where: { importJobId: job.id } })).toBe(0);
    expect(job.startedAt).toBeInstanceOf(Date);
    expect(job.finishedAt!.getTime()).toBeGreaterThanOrEqual(job.startedAt!.getTime());

    const items = await db.feedbackItem.findMany({ where: { campaignId: campaign.id }, orderBy: { externalId: "asc" } });
    expect(items.map((i) => i.externalId)).toEqual(["T-1", "T-2", "T-3", "T-4", "T-8"]);
    expect(items.every((i) => i.importJobId === job.id && i.organizationId === comms.organizationId)).toBe(true);
    const [t1, t2, t3, t4] = items;
    expect(t1).toMatchObject({ channel: "SUPPORT", authorName: "Tom Becker", url: "https://help.example.com/t/1", dedupeKey: "ext:T-1" });
    expect(items.some((i) => i.sentimentLabel === "NEGATIVE" && i.sentimentScore < 0)).toBe(true);
    expect(t1.receivedAt.toISOString()).toBe("2026-03-03T09:15:00.000Z"); // Berlin wall time
    expect(t2).toMatchObject({ channel: "SOCIAL", authorHandle: "@maria_k", authorName: null });
    expect(t2.receivedAt.toISOString()).toBe("2026-03-03T09:20:00.000Z"); // its own offset wins
    expect(t3.channel).toBe("REVIEW");
    expect(t4).toMatchObject({ channel: "COMMENT", isSuggestion: true });

    const rejections = await db.importRejection.findMany({ where: { importJobId: job.id }, orderBy: { rowNumber: "asc" } });
    expect(rejections.map((r) => [r.rowNumber, r.organizationId])).toEqual([
      [7, comms.organizationId], [8, comms.organizationId], [9, comms.organizationId], [11, comms.organizationId],
    ]);
    expect(rejections[0].reason).toMatch(/text is empty/);
    expect(rejections[1].reason).toMatch(/ambiguous/);
    expect(rejections[2].reason).toMatch(/http\(s\)/);
    expect(rejections[3].reason).toMatch(/8 cells but the header has 6/);
    expect(rejections[3].raw).toBe(BAD[4]);

    const audits = await db.auditEvent.findMany({ where: { organizationId: comms.organizationId }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([["feedback.import.upload", comms.userId], ["feedback.import.start", comms.userId]]);
    expect(existsSync(storedFile(`imports/${comms.organizationId}`))).toBe(true);
    expect((await db.importJob.count({ where: { filePath: { not: null }, id: job.id } }))).toBe(0);
  });

  it("is idempotent: the same file again adds nothing and counts every row as a duplicate or a rejection", async () => {
    const { comms, campaign } = await team();
    await importCsv(comms, campaign.id, CSV);
    const { job } = await importCsv(comms, campaign.id, CSV);
    expect(job).toMatchObject({ status: "COMPLETED", createdCount: 0, duplicateCount: 6, rejectedCount: 4 });
    expect(await db.feedbackItem.count({ where: { campaignId: campaign.id } })).toBe(5);
  });

  it("offers the rejected rows as CSV with row, reason and raw, formulas neutralized", async () => {
    const { comms, campaign } = await team();
    const csv = [HEADER, '=cmd|"/c calc"!A1,2026-03-03 10:00,x,y,,'].join("\n");
    const { job } = await importCsv(comms, campaign.id, csv);
    const text = await readStream((await rejectionsCsv(comms.organizationId, job.id))!);
    expect(text.startsWith("\uFEFFrow,reason,raw\r\n")).toBe(true);
    expect(text).toContain(`2,The text is empty.,"'=cmd|""/c calc""!A1,2026-03-03 10:00,x,y,,"\r\n`);
  });

  it("numbers rejected rows by the file line they start on, past blank lines and cells with line breaks", async () => {
    const { comms, campaign } = await team();
    const csv = [HEADER, "", 'M-1,2026-03-03 10:00,a,b,"first line', 'second line",', "M-2,2026-03-03 10:00,a,b,,", "\r\nM-3,2026-02-30 10:00,a,b,text,"].join("\n");
    const { job } = await importCsv(comms, campaign.id, csv);
    expect(job).toMatchObject({ createdCount: 1, rejectedCount: 2, totalRows: 3 });
    const rejections = await db.importRejection.findMany({ where: { importJobId: job.id }, orderBy: { rowNumber: "asc" } });
    expect(rejections.map((r) => [r.rowNumber, r.raw])).toEqual([
      [5, "M-2,2026-03-03 10:00,a,b,,"],
      [7, "M-3,2026-02-30 10:00,a,b,text,"],
    ]);
    expect(rejections[1].reason).toMatch(/no day 30 in February/);
  });

  it("pages through many rejections", async () => {
    const { comms, campaign } = await team();
    const csv = [HEADER, ...Array.from({ length: 25 }, (_, i) => `X-${i},2026-13-01,a,b,text ${i},`)].join("\n");
    const { job } = await importCsv(comms, campaign.id, csv);
    expect(job.rejectedCount).toBe(25);
    const text = await readStream((await rejectionsCsv(comms.organizationId, job.id, 7))!);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(26);
    expect(lines[25]).toMatch(/^26,/);
  });

  it("scores sentiment in a worker thread for a large file, exactly as every other arrival is scored", async () => {
    const { comms, campaign } = await team();
    const said = ["Terrible service and nobody answers", "Thank you so much for the quick refund", "I was charged twice for one order", "Not good at all", "Great help from the support team today", "Where is my money"];
    const csv = [HEADER, ...Array.from({ length: 30 }, (_, i) => `W-${i},2026-03-01 10:00,Someone ${i},Twitter,${said[i % said.length]} (${i}),`)].join("\n");
    const { job, run } = await readyJob(comms, campaign.id, csv);
    // Batches of 7 rows: several in flight between the reading thread and the worker.
    expect(await run({ workerFromRows: 0, progressEvery: 7 })).toMatchObject({ status: "COMPLETED", created: 30, rows: 30 });
    const items = await db.feedbackItem.findMany({ where: { importJobId: job.id }, select: { externalId: true, text: true, sentimentScore: true, sentimentLabel: true } });
    expect(items).toHaveLength(30);
    for (const item of items) expect({ score: item.sentimentScore, label: item.sentimentLabel }, item.text).toEqual(scoreSentiment(item.text));
    expect(new Set(items.map((i) => i.sentimentLabel))).toEqual(new Set(["NEGATIVE", "POSITIVE", "NEUTRAL"]));
    expect(new Set(items.map((i) => i.externalId))).toEqual(new Set(Array.from({ length: 30 }, (_, i) => `W-${i}`)));
  });

  it("saves nothing when the runner fails in the middle of the insert", async () => {
    const { comms, campaign } = await team();
    const { job, run } = await readyJob(comms, campaign.id, manyRows(12));
    const outcome = await run({
      insertChunk: 5,
      hooks: {
        afterInsertChunk: (i) => {
          if (i === 1) throw new Error("disk on fire");
        },
      },
    });
    expect(outcome).toMatchObject({ status: "FAILED", error: expect.stringMatching(/unexpected error/) });
    expect((outcome.cause as Error).message).toBe("disk on fire");
    expect(await db.feedbackItem.count({ where: { campaignId: campaign.id } })).toBe(0);
    expect(await db.importRejection.count({ where: { importJobId: job.id } })).toBe(0);
    expect(await db.importStagedRow.count({ where: { importJobId: job.id } })).toBe(0);
    const after = await db.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(after).toMatchObject({ status: "FAILED", createdCount: 0, leaseUntil: null, filePath: null });
    expect(after.error).not.toMatch(/disk on fire/);
    expect(existsSync(storedFile(job.filePath!))).toBe(false);
  });

  it.each([
    ["in this thread", undefined],
    ["in a worker thread", 0],
  ])("saves nothing when cancelled while rows are being checked (sentiment scored %s)", async (_how, workerFromRows) => {
    const { comms, campaign } = await team();
    const { job, run } = await readyJob(comms, campaign.id, manyRows(10));
    const outcome = await run({
      workerFromRows,
      progressEvery: 2,
      hooks: {
        onProgress: async (rows) => {
          if (rows === 2) expect(await executeAction(cancelImport, comms, { jobId: job.id })).toMatchObject({ ok: true, message: /Cancelling/ });
        },
      },
    });
    expect(outcome.status).toBe("CANCELLED");
    const after = await db.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(after).toMatchObject({ status: "CANCELLED", cancelRequested: true, processedRows: 2, leaseUntil: null, filePath: null });
    expect(await db.feedbackItem.count({ where: { campaignId: campaign.id } })).toBe(0);
  });

  it("rolls the insert back when a cancel is seen inside the transaction", async () => {
    const { comms, campaign } = await team();
    const { job, run } = await readyJob(comms, campaign.id, manyRows(12));
    const outcome = await run({
      insertChunk: 5,
      hooks: {
        afterInsertChunk: async (i, tx) => {
          if (i === 0) await tx.importJob.update({ where: { id: job.id }, data: { cancelRequested: true } });
        },
      },
    });
    expect(outcome.status).toBe("CANCELLED");
    expect(await db.feedbackItem.count({ where: { campaignId: campaign.id } })).toBe(0);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "CANCELLED", cancelRequested: true });
  });

  it("cancels a job nobody runs at once, and discards an upload not started", async () => {
    const { comms, campaign } = await team();
    const { job } = await readyJob(comms, campaign.id, manyRows(3));
    await db.importJob.update({ where: { id: job.id }, data: { leaseUntil: new Date(Date.now() - 1_000) } });
    expect(await executeAction(cancelImport, comms, { jobId: job.id })).toMatchObject({ ok: true });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "CANCELLED", filePath: null });

    const pending = await upload(comms, campaign.id, CSV);
    const key = (await db.importJob.findUniqueOrThrow({ where: { id: pending } })).filePath!;
    expect(existsSync(storedFile(key))).toBe(true);
    expect(await executeAction(cancelImport, comms, { jobId: pending })).toMatchObject({ ok: true, message: "Upload discarded." });
    expect(existsSync(storedFile(key))).toBe(false);
    expect(await executeAction(cancelImport, comms, { jobId: pending })).toMatchObject({ ok: false, status: 409 });
    expect(await executeAction(startImport, comms, { jobId: pending, ...FIELDS })).toMatchObject({ ok: false, status: 409 });
  });

  it("resumes a job whose runner died, and leaves a job whose runner holds its lease", async () => {
    const { comms, campaign } = await team();
    const dead = await readyJob(comms, campaign.id, manyRows(4, "D"));
    await db.importJob.update({ where: { id: dead.job.id }, data: { leaseUntil: new Date(Date.now() - 1_000), processedRows: 2 } });
    // What the dead runner had staged before it died: cleared by the next one, never saved.
    await db.importStagedRow.create({
      data: {
        importJobId: dead.job.id, seq: 0, organizationId: comms.organizationId, itemId: "left-over", channel: "SOCIAL", dedupeKey: "ext:D-0",
        text: "Left over by a runner that died", receivedAt: new Date("2026-03-01T10:00:00Z"), sentimentScore: 0, sentimentLabel: "NEUTRAL", isSuggestion: false,
      },
    });
    const alive = await readyJob(comms, campaign.id, manyRows(4, "A"));
    const waiting = await readyJob(comms, campaign.id, manyRows(4, "W"));
    await db.importJob.update({ where: { id: waiting.job.id }, data: { status: "PENDING", leaseUntil: null } });
    const notStarted = await upload(comms, campaign.id, CSV);

    const resumed = await resumeStaleImports(comms.organizationId, campaign.id);
    expect(resumed.sort()).toEqual([dead.job.id, waiting.job.id].sort());
    expect(resumed).not.toContain(notStarted);
    await Promise.all(resumed.map((id) => importSettled(id)));
    expect(await db.importJob.findUniqueOrThrow({ where: { id: dead.job.id } })).toMatchObject({ status: "COMPLETED", createdCount: 4, processedRows: 4 });
    expect(await db.feedbackItem.count({ where: { importJobId: dead.job.id, text: { startsWith: "Left over" } } })).toBe(0);
    expect(await db.importStagedRow.count({ where: { importJobId: dead.job.id } })).toBe(0);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: waiting.job.id } })).toMatchObject({ status: "COMPLETED", createdCount: 4 });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: alive.job.id } })).toMatchObject({ status: "RUNNING" });
    // Without the lease it holds, nobody else may run it.
    expect(await runImportJob(alive.job.id)).toMatchObject({ status: "SKIPPED" });
    expect(await alive.run()).toMatchObject({ status: "COMPLETED", created: 4 });
  });

  it("does not commit once another runner has taken the job over", async () => {
    const { comms, campaign } = await team();
    const { job, run } = await readyJob(comms, campaign.id, manyRows(6));
    const takenOver = new Date(Date.now() + 60_000);
    const outcome = await run({
      progressEvery: 2,
      hooks: { onProgress: async () => void (await db.importJob.update({ where: { id: job.id }, data: { leaseUntil: takenOver } })) },
    });
    expect(outcome.status).toBe("SKIPPED");
    expect(await db.feedbackItem.count({ where: { campaignId: campaign.id } })).toBe(0);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "RUNNING", leaseUntil: takenOver });
  });

  it.each([
    ["a column the file lacks", manyRows(2), { ...SETTINGS, columns: { text: "Comment" } }, /no column named "Comment"/],
    ["a quote that never closes", `${HEADER}\nT-1,2026-03-03 10:00,a,b,"never closed,\nT-2,2026-03-03,a,b,text,\n`, SETTINGS, /A quoted cell is never closed \(reading stopped at line 3\)/],
  ])("fails with a plain reason for %s, saving nothing", async (_label, csv, settings, reason) => {
    const { comms, campaign } = await team();
    const { job, run } = await readyJob(comms, campaign.id, csv, settings);
    expect(await run()).toMatchObject({ status: "FAILED", error: expect.stringMatching(reason) });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "FAILED", error: expect.stringMatching(reason) });
    expect(await db.feedbackItem.count({ where: { campaignId: campaign.id } })).toBe(0);
  });

  it.each([
    ["an empty file", "", /Choose a CSV file/],
    ["a header without rows", "text,date\n", /no rows/],
    ["a spreadsheet", "PK\u0003\u0004\u0000\u0000", /binary/],
  ])("refuses to upload %s, writing nothing", async (_label, content, reason) => {
    const { comms, campaign } = await team();
    const state = await executeAction(uploadImport, comms, { campaignId: campaign.id, file: new File([content], "x.csv") });
    expect(state).toMatchObject({ ok: false, status: 422 });
    expect(state.fieldErrors?.file?.[0]).toMatch(reason);
    expect(await db.importJob.count({ where: { organizationId: comms.organizationId } })).toBe(0);
  });

  it("keeps another organization's jobs, rejections and saved mappings out of reach", async () => {
    const { comms, campaign } = await team();
    const { jobId } = await importCsv(comms, campaign.id, CSV);
    await executeAction(saveImportMapping, comms, { name: "Zendesk", ...FIELDS });
    const stranger = await createMember("ADMIN");
    expect(await getImportJob(stranger, campaign.id, jobId)).toBeNull();
    expect(await rejectionsCsv(stranger.organizationId, jobId)).toBeNull();
    expect((await listImportJobs(stranger, campaign.id)).jobs).toEqual([]);
    expect(await listSavedMappings(stranger)).toEqual([]);
    expect(await executeAction(cancelImport, stranger, { jobId })).toMatchObject({ status: 404 });
    expect(await executeAction(uploadImport, stranger, { campaignId: campaign.id, file: new File([CSV], "x.csv") })).toMatchObject({ status: 404 });
    expect(await getImportJob(comms, campaign.id, jobId)).not.toBeNull();
  });

  it("saves a mapping under a name, replaces it under the same name, and lists it for the organization", async () => {
    const { comms } = await team();
    expect(await executeAction(saveImportMapping, comms, { name: "Zendesk", ...FIELDS })).toMatchObject({ ok: true });
    expect(await executeAction(saveImportMapping, comms, { name: "Zendesk", ...FIELDS, channel: "const:SUPPORT" })).toMatchObject({ ok: true, message: /Replaced/ });
    const saved = await listSavedMappings(comms);
    expect(saved).toEqual([{ id: expect.any(String), name: "Zendesk", values: { ...FIELDS, channel: "const:SUPPORT" } }]);
    const bad = await executeAction(saveImportMapping, comms, { name: "", ...FIELDS, text: "" });
    expect(bad).toMatchObject({ ok: false, status: 422 });
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["name", "text"]);
  });

  it("exports a campaign's feedback page by page, with themes, response time and neutralized cells", async () => {
    const { comms, campaign } = await team();
    await importCsv(comms, campaign.id, CSV);
    const t1 = await db.feedbackItem.findFirstOrThrow({ where: { campaignId: campaign.id, externalId: "T-1" } });
    await db.feedbackItem.update({ where: { id: t1.id }, data: { status: "RESPONDED", respondedAt: new Date(t1.receivedAt.getTime() + 95 * 60_000) } });
    for (const label of ["Refunds", "Bank fees"]) {
      const theme = await db.theme.create({ data: { organizationId: comms.organizationId, campaignId: campaign.id, label } });
      await db.feedbackTheme.create({ data: { feedbackItemId: t1.id, themeId: theme.id, organizationId: comms.organizationId } });
    }
    const chunks: string[] = [];
    const count = await exportFeedbackCsv({ organizationId: comms.organizationId, campaignId: campaign.id }, (c) => void chunks.push(c), { pageSize: 2 });
    expect(count).toBe(5);
    expect(chunks).toHaveLength(4); // header + three pages
    const lines = chunks.join("").trim().split("\r\n");
    expect(lines[0]).toBe("external_id,channel,received_at,sentiment_label,sentiment_score,status,themes,first_response_minutes,text");
    expect(lines.find((l) => l.startsWith("T-1,"))).toMatch(/^T-1,SUPPORT,2026-03-03T09:15:00.000Z,(NEGATIVE|NEUTRAL|POSITIVE),-?[\d.]+,RESPONDED,Bank fees; Refunds,95,I was billed twice/);
    expect(lines.find((l) => l.startsWith("T-8,"))).toContain(`,"'=HYPERLINK(""http://evil.example"")"`);
    const stranger = await createMember("ADMIN");
    const none: string[] = [];
    expect(await exportFeedbackCsv({ organizationId: stranger.organizationId, campaignId: campaign.id }, (c) => void none.push(c))).toBe(0);
  });
});
