// Access-matrix cases for the CSV import of feedback: upload, start, cancel, saved mappings.
import { db } from "@/lib/db";
import { uid } from "@/tests/factories";
import type { Case, Fixture } from "@/tests/support/access-cases/types";

const CSV = "text,date\nCharged twice and no reply for two days,2026-03-03T10:00:00Z\n";

// A job waiting for its columns. Its file key names nothing on disk: a started job's runner marks it
// FAILED in the background, which writes nothing the matrix checks.
async function pendingJob(f: Fixture, mapping: object = {}) {
  return db.importJob.create({
    data: {
      organizationId: f.organizationId,
      campaignId: f.campaign.id,
      createdById: f.admin.userId,
      fileName: "export.csv",
      filePath: `imports/${f.organizationId}/${uid("missing-")}.csv`,
      mapping,
      totalRows: 1,
    },
  });
}

const mappingFields = { text: "text", receivedAt: "date", channel: "const:SOCIAL", timeZone: "Europe/Berlin" };

export const FEEDBACK_IMPORT_CASES: Record<string, Case> = {
  "feedback.import.upload": {
    crossOrg: true,
    input: async (f) => ({ campaignId: f.campaign.id, file: new File([CSV], "export.csv", { type: "text/csv" }) }),
  },
  "feedback.import.start": { crossOrg: true, input: async (f) => ({ jobId: (await pendingJob(f)).id, ...mappingFields }) },
  "feedback.import.cancel": { crossOrg: true, input: async (f) => ({ jobId: (await pendingJob(f)).id }) },
  "feedback.importMapping.save": { crossOrg: false, input: async () => ({ name: `Trustpilot ${uid()}`, ...mappingFields }) },
};
