import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { storage } from "@/lib/storage";
import { createImportJob } from "@/lib/feedback/import/create-job";
import { launchImport } from "@/lib/feedback/import/launch";
import { prepareImportFile } from "@/lib/feedback/import/prepare-file";
import { isFinished } from "@/lib/feedback/import/progress";
import { IMPORT_LEASE_MS } from "@/lib/feedback/import/run-import";
import { readSettings, settingsToForm } from "@/lib/feedback/import/settings";
import { CancelImportInput, SaveImportMappingInput, StartImportInput, UploadImportInput } from "@/lib/feedback/import/schemas";

// Upload: the file is decoded (UTF-8, UTF-16 or Windows-1252), stored, and a PENDING job waits for
// someone to choose the columns. Nothing is imported yet.
export const uploadImport = defineAction({
  name: "feedback.import.upload",
  permission: "feedback.import",
  input: UploadImportInput,
  async run({ tx, member }, input) {
    const campaign = await tx.campaign.findFirst({
      where: { id: input.campaignId, organizationId: member.organizationId },
      select: { id: true, slug: true },
    });
    if (!campaign) throw new NotFoundError("Campaign not found.");
    const prepared = prepareImportFile(new Uint8Array(await input.file.arrayBuffer()));
    if (!prepared.ok) throw new ValidationError(prepared.reason, { file: [prepared.reason] });
    const job = await createImportJob(tx, {
      organizationId: member.organizationId,
      campaignId: campaign.id,
      createdById: member.userId,
      fileName: input.file.name,
      file: prepared.value,
    });
    return {
      data: { jobId: job.id, slug: campaign.slug },
      audit: { entityType: "ImportJob", entityId: job.id, after: { fileName: job.fileName, bytes: input.file.size, rows: job.totalRows, status: job.status } },
      message: `Uploaded ${job.fileName}: ${job.totalRows.toLocaleString("en")} rows. Choose the columns to import.`,
    };
  },
});

// Start: records the columns and marks the job RUNNING with a lease; after commit the runner starts
// in this process. Another instance resumes it if this one dies (see run-import.ts).
export const startImport = defineAction({
  name: "feedback.import.start",
  permission: "feedback.import",
  input: StartImportInput,
  async run({ tx, member }, { jobId, settings }) {
    const job = await tx.importJob.findFirst({
      where: { id: jobId, organizationId: member.organizationId },
      select: { id: true, status: true, mapping: true, fileName: true, campaign: { select: { slug: true } } },
    });
    if (!job) throw new NotFoundError("Import not found.");
    const alreadyStarted = new ConflictError("This import has already been started or cancelled. Reload the page to see where it is.");
    if (job.status !== "PENDING" || readSettings(job.mapping) !== null) throw alreadyStarted;
    const lease = new Date(Date.now() + IMPORT_LEASE_MS);
    const { count } = await tx.importJob.updateMany({
      where: { id: job.id, organizationId: member.organizationId, status: "PENDING" },
      data: { mapping: settings, status: "RUNNING", startedAt: new Date(), leaseUntil: lease, processedRows: 0 },
    });
    if (count === 0) throw alreadyStarted;
    return {
      data: { jobId: job.id, slug: job.campaign.slug },
      audit: { entityType: "ImportJob", entityId: job.id, before: { status: job.status }, after: { status: "RUNNING", fileName: job.fileName, mapping: settings } },
      message: "Import started.",
      after: () => {
        void launchImport(job.id, { lease });
      },
    };
  },
});

// Cancel: a job nobody is running (not started, or its runner's lease expired) is cancelled at once;
// a running one gets the flag its runner checks between chunks, and nothing of it is saved.
export const cancelImport = defineAction({
  name: "feedback.import.cancel",
  permission: "feedback.import",
  input: CancelImportInput,
  async run({ tx, member }, { jobId }) {
    const job = await tx.importJob.findFirst({
      where: { id: jobId, organizationId: member.organizationId },
      select: { id: true, status: true, mapping: true, leaseUntil: true, filePath: true, campaign: { select: { slug: true } } },
    });
    if (!job) throw new NotFoundError("Import not found.");
    if (isFinished(job.status)) throw new ConflictError("This import has already finished.");
    const notStarted = job.status === "PENDING" && readSettings(job.mapping) === null;
    const unattended = !job.leaseUntil || job.leaseUntil.getTime() < Date.now();
    const direct = (notStarted || unattended)
      ? await tx.importJob.updateMany({
          where: { id: job.id, organizationId: member.organizationId, status: job.status, leaseUntil: job.leaseUntil },
          data: { status: "CANCELLED", cancelRequested: true, finishedAt: new Date(), leaseUntil: null, filePath: null },
        })
      : { count: 0 };
    if (direct.count === 0) {
      const flagged = await tx.importJob.updateMany({
        where: { id: job.id, organizationId: member.organizationId, status: { in: ["PENDING", "RUNNING"] } },
        data: { cancelRequested: true },
      });
      if (flagged.count === 0) throw new ConflictError("This import has already finished.");
    }
    const filePath = job.filePath;
    return {
      data: { jobId: job.id, slug: job.campaign.slug },
      audit: {
        entityType: "ImportJob",
        entityId: job.id,
        before: { status: job.status },
        after: direct.count ? { status: "CANCELLED" } : { status: job.status, cancelRequested: true },
      },
      message: notStarted ? "Upload discarded." : "Cancelling. Nothing from this file will be saved.",
      after: direct.count && filePath ? () => storage.remove(filePath) : undefined,
    };
  },
});

// A mapping saved under a name for the organization's next files from the same tool. Saving under
// an existing name replaces it.
export const saveImportMapping = defineAction({
  name: "feedback.importMapping.save",
  permission: "feedback.import",
  input: SaveImportMappingInput,
  async run({ tx, member }, { name, settings }) {
    const existing = await tx.importMapping.findFirst({ where: { organizationId: member.organizationId, name } });
    const saved = existing
      ? await tx.importMapping.update({ where: { id: existing.id }, data: { mapping: settings, version: { increment: 1 } } })
      : await tx.importMapping.create({ data: { organizationId: member.organizationId, name, mapping: settings } });
    return {
      data: { id: saved.id, name: saved.name, values: settingsToForm(settings) },
      audit: { entityType: "ImportMapping", entityId: saved.id, before: existing ? { name, mapping: existing.mapping } : undefined, after: { name, mapping: settings } },
      message: existing ? `Replaced the saved columns "${name}".` : `Saved these columns as "${name}".`,
    };
  },
});
