import "server-only";
import { randomUUID } from "node:crypto";
import { defineAction } from "@/lib/actions/define-action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { storage } from "@/lib/storage";
import { revalidatePublicCampaign } from "@/lib/public/revalidate";
import { publicCommitmentEvent } from "@/lib/commitments/public-events";
import { checkEvidenceFile, safeFileName } from "@/lib/evidence/file-type";
import { AddEvidenceInput, RetractEvidenceInput } from "@/lib/evidence/schemas";

async function loadCommitment(tx: Tx, member: Member, id: string) {
  const c = await tx.commitment.findFirst({
    where: { id, organizationId: member.organizationId },
    select: { id: true, title: true, status: true, isPublic: true, organizationId: true, campaignId: true },
  });
  if (!c) throw new NotFoundError("Commitment not found.");
  return c;
}

function linkTitle(url: string) {
  const u = new URL(url);
  return `${u.hostname}${u.pathname === "/" ? "" : u.pathname}`.slice(0, 160);
}

// The kind-specific columns of a new piece of evidence; a file is checked by its bytes and stored
// under a random key (never its name) before the row is written.
async function evidenceData(member: Member, input: AddEvidenceInput) {
  switch (input.kind) {
    case "LINK":
      return { data: { url: input.url, note: input.note ?? "" }, title: input.title ?? linkTitle(input.url), stored: null };
    case "NOTE":
      return { data: { note: input.note }, title: input.title ?? input.note.slice(0, 80), stored: null };
    case "METRIC":
      return {
        data: {
          metricName: input.metricName,
          metricValue: input.metricValue,
          metricUnit: input.metricUnit ?? null,
          metricBaseline: input.metricBaseline ?? null,
          metricTarget: input.metricTarget ?? null,
          metricAsOf: input.metricAsOf ?? new Date(),
          note: input.note ?? "",
        },
        title: input.title ?? input.metricName,
        stored: null,
      };
    case "FILE": {
      const bytes = new Uint8Array(await input.file.arrayBuffer());
      const check = checkEvidenceFile(input.file.name, bytes);
      if (!check.ok) throw new ValidationError(check.reason, { file: [check.reason] });
      const key = `evidence/${member.organizationId}/${randomUUID()}.${check.kind}`;
      await storage.put(key, bytes);
      const fileName = safeFileName(input.file.name);
      return {
        data: { fileKey: key, fileName, fileMime: check.mime, fileSize: bytes.byteLength, note: input.note ?? "" },
        title: input.title ?? fileName,
        stored: key,
      };
    }
  }
}

export const addEvidence = defineAction({
  name: "evidence.add",
  permission: "evidence.write",
  input: AddEvidenceInput,
  async run({ tx, member }, input) {
    const c = await loadCommitment(tx, member, input.commitmentId);
    const { data, title, stored } = await evidenceData(member, input);
    try {
      const evidence = await tx.evidence.create({
        data: { organizationId: member.organizationId, commitmentId: c.id, kind: input.kind, title, isPublic: input.isPublic, addedById: member.userId, ...data },
      });
      // Public evidence reaches the public only through a public commitment.
      const reachesPublic = evidence.isPublic && c.isPublic;
      if (reachesPublic) await publicCommitmentEvent(tx, c, "evidence.added", `New evidence for “${c.title}”: ${title}`);
      return {
        data: { evidenceId: evidence.id },
        audit: { entityType: "Evidence", entityId: evidence.id, after: { commitmentId: c.id, kind: input.kind, title, isPublic: evidence.isPublic, ...data } },
        message: "Evidence added.",
        after: reachesPublic ? () => revalidatePublicCampaign({ id: c.campaignId, organizationId: c.organizationId }) : undefined,
      };
    } catch (error) {
      if (stored) await storage.remove(stored);
      throw error;
    }
  },
});

export const retractEvidence = defineAction({
  name: "evidence.retract",
  permission: "evidence.write",
  input: RetractEvidenceInput,
  async run({ tx, member }, input) {
    const evidence = await tx.evidence.findFirst({ where: { id: input.evidenceId, organizationId: member.organizationId } });
    if (!evidence) throw new NotFoundError("Evidence not found.");
    if (evidence.retractedAt) throw new ValidationError("This evidence was already retracted.");
    const c = await loadCommitment(tx, member, evidence.commitmentId);
    if (c.status === "DONE") {
      const live = await tx.evidence.count({ where: { commitmentId: c.id, organizationId: member.organizationId, retractedAt: null } });
      if (live <= 1) {
        throw new ValidationError("This is the only proof that the commitment was kept. Add other evidence first, or reopen the commitment (status: in progress), then retract it.");
      }
    }
    const now = new Date();
    const { count } = await tx.evidence.updateMany({
      where: { id: evidence.id, organizationId: member.organizationId, version: input.version, retractedAt: null },
      data: { retractedAt: now, retractedById: member.userId, retractReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Someone else changed this evidence since you opened it. Reload and check before retracting it.");
    const reachesPublic = evidence.isPublic && c.isPublic;
    if (reachesPublic) await publicCommitmentEvent(tx, c, "evidence.retracted", `Evidence withdrawn for “${c.title}”: ${evidence.title}`, input.reason);
    return {
      data: { evidenceId: evidence.id },
      audit: { entityType: "Evidence", entityId: evidence.id, before: { retractedAt: null }, after: { retractedAt: now, reason: input.reason } },
      message: "Evidence retracted. It stays on the record, marked as retracted.",
      after: reachesPublic ? () => revalidatePublicCampaign({ id: c.campaignId, organizationId: c.organizationId }) : undefined,
    };
  },
});
