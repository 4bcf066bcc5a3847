import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { toCsv } from "@/lib/feedback/csv-safety";
import { readSettings, settingsToForm, type MappingFormValues } from "@/lib/feedback/import/settings";

// Every read is scoped by the member's organization: another tenant's job id finds nothing.

const PAGE_SIZE = 20;

export async function listImportJobs(member: Member, campaignId: string, cursor?: string | null) {
  const rows = await db.importJob.findMany({
    where: { organizationId: member.organizationId, campaignId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true, fileName: true, status: true, totalRows: true, processedRows: true, createdCount: true, duplicateCount: true,
      rejectedCount: true, createdAt: true, durationMs: true, createdBy: { select: { name: true } },
    },
  });
  const jobs = rows.slice(0, PAGE_SIZE);
  return { jobs, nextCursor: rows.length > PAGE_SIZE ? jobs[jobs.length - 1].id : null };
}

export async function getImportJob(member: Member, campaignId: string, jobId: string) {
  return db.importJob.findFirst({
    where: { id: jobId, organizationId: member.organizationId, campaignId },
    include: { createdBy: { select: { name: true } } },
  });
}

export type SavedMapping = { id: string; name: string; values: MappingFormValues };

export async function listSavedMappings(member: Member): Promise<SavedMapping[]> {
  const rows = await db.importMapping.findMany({
    where: { organizationId: member.organizationId },
    orderBy: { name: "asc" },
    take: 200,
    select: { id: true, name: true, mapping: true },
  });
  return rows.flatMap((r) => {
    const settings = readSettings(r.mapping);
    return settings ? [{ id: r.id, name: r.name, values: settingsToForm(settings) }] : [];
  });
}

export const REJECTIONS_HEADER = ["row", "reason", "raw"];

// The rejected rows of a job as CSV (formula cells neutralized), read a page at a time so a file
// with many rejections never sits in memory whole. Null when the job is not the organization's.
export async function rejectionsCsv(organizationId: string, jobId: string, pageSize = 1_000): Promise<ReadableStream<Uint8Array> | null> {
  const job = await db.importJob.findFirst({ where: { id: jobId, organizationId }, select: { id: true } });
  if (!job) return null;
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const page: { id: string; rowNumber: number; reason: string; raw: string }[] = await db.importRejection.findMany({
        where: { importJobId: job.id, organizationId },
        orderBy: [{ rowNumber: "asc" }, { id: "asc" }],
        take: pageSize,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: { id: true, rowNumber: true, reason: true, raw: true },
      });
      const rows = page.map((r) => [r.rowNumber, r.reason, r.raw]);
      const text = toCsv(first ? [REJECTIONS_HEADER, ...rows] : rows, { bom: first });
      first = false;
      if (text) controller.enqueue(encoder.encode(text));
      if (page.length < pageSize) controller.close();
      else cursor = page[page.length - 1].id;
    },
  });
}
