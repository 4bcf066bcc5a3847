import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { storage } from "@/lib/storage";
import { displayFileName, type PreparedFile } from "@/lib/feedback/import/prepare-file";
import type { ImportSettings } from "@/lib/feedback/import/settings";

// Stores the decoded file and creates its job: PENDING with an empty mapping until someone chooses
// the columns (the upload form), or RUNNING with a lease when the caller runs it at once (the CLI).
export async function createImportJob(
  tx: Tx,
  input: {
    organizationId: string;
    campaignId: string;
    createdById: string;
    fileName: string;
    file: PreparedFile;
    start?: { settings: ImportSettings; lease: Date };
  },
) {
  const key = `imports/${input.organizationId}/${randomUUID()}.csv`;
  await storage.put(key, input.file.text);
  try {
    return await tx.importJob.create({
      data: {
        organizationId: input.organizationId,
        campaignId: input.campaignId,
        createdById: input.createdById,
        fileName: displayFileName(input.fileName),
        filePath: key,
        totalRows: input.file.dataRows,
        ...(input.start
          ? { mapping: input.start.settings, status: "RUNNING" as const, startedAt: new Date(), leaseUntil: input.start.lease }
          : { mapping: {}, status: "PENDING" as const }),
      },
    });
  } catch (error) {
    await storage.remove(key);
    throw error;
  }
}
