import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { analyzeApology } from "@/lib/apology/analysis";
import { presetFor } from "@/lib/apology/channels";
import { nextReviewState, transitionRefusal, type ReviewEvent, type ReviewStateValue } from "@/lib/apology/review-state";
import { notifyRoles, notifyUsers } from "@/lib/notifications/notify";
import { revalidatePublicCampaign } from "@/lib/public/revalidate";
import {
  ApproveInput, CreateVariantInput, PublishInput, RequestChangesInput, RestoreVersionInput, SaveDraftInput, SubmitInput,
} from "@/lib/apology/schemas";

async function loadApology(tx: Tx, member: Member, apologyId: string) {
  const apology = await tx.apology.findFirst({
    where: { id: apologyId, organizationId: member.organizationId },
    include: { campaign: { select: { id: true, slug: true, title: true, summary: true, affectedAudience: true } } },
  });
  if (!apology) throw new NotFoundError("Apology not found.");
  const current = apology.currentVersionId
    ? await tx.apologyVersion.findFirst({ where: { id: apology.currentVersionId, organizationId: member.organizationId } })
    : null;
  return { apology, current };
}

function transition(state: ReviewStateValue, event: ReviewEvent): ReviewStateValue {
  const next = nextReviewState(state, event);
  if (!next) throw new ValidationError(transitionRefusal(state, event));
  return next;
}

// Moves the variant with an optimistic lock on its version: a concurrent change is a conflict.
async function updateApology(tx: Tx, id: string, expectedVersion: number, data: Record<string, unknown>) {
  const { count } = await tx.apology.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError("Someone else changed this apology at the same moment. Your text is kept: review theirs, then save again.");
}

async function addVersion(tx: Tx, member: Member, apology: Awaited<ReturnType<typeof loadApology>>["apology"], number: number, body: string, restoredFrom?: number) {
  const analysis = analyzeApology(body, {
    title: apology.campaign.title,
    summary: apology.campaign.summary,
    audience: apology.campaign.affectedAudience,
    channel: apology.channel,
  });
  return tx.apologyVersion.create({
    data: {
      organizationId: member.organizationId,
      apologyId: apology.id,
      number,
      body,
      authorId: member.userId,
      score: analysis.score,
      analysis: analysis as never,
      restoredFrom: restoredFrom ?? null,
    },
  });
}

const link = (slug: string, channel: string) => `/campaigns/${slug}/apology?variant=${encodeURIComponent(channel)}`;

export const createApologyVariant = defineAction({
  name: "apology.createVariant",
  permission: "apology.draft",
  input: CreateVariantInput,
  async run({ tx, member }, input) {
    const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, organizationId: member.organizationId } });
    if (!campaign) throw new NotFoundError("Campaign not found.");
    const clash = await tx.apology.findFirst({ where: { campaignId: campaign.id, channel: input.channel } });
    if (clash) throw new ValidationError("This campaign already has that variant.", { customName: ["Choose another name."] });
    const preset = presetFor(input.channel);
    const apology = await tx.apology.create({
      data: {
        organizationId: member.organizationId,
        campaignId: campaign.id,
        channel: input.channel,
        name: preset?.name ?? input.customName ?? input.channel,
        charLimit: preset?.charLimit ?? null,
      },
    });
    return {
      data: { apologyId: apology.id, channel: apology.channel, slug: campaign.slug },
      audit: { entityType: "Apology", entityId: apology.id, after: { channel: apology.channel, name: apology.name } },
      message: `${apology.name} added.`,
    };
  },
});

export const saveApologyDraft = defineAction({
  name: "apology.saveDraft",
  permission: "apology.draft",
  input: SaveDraftInput,
  async run({ tx, member }, input) {
    const { apology, current } = await loadApology(tx, member, input.apologyId);
    const currentNumber = current?.number ?? 0;
    if (input.baseNumber !== currentNumber) {
      throw new ConflictError(`This draft was saved by someone else (version ${currentNumber}) after you opened version ${input.baseNumber}. Your text is kept below theirs.`);
    }
    if (current && current.body === input.body) {
      return { data: { number: currentNumber, unchanged: true, score: current.score }, audit: null, message: "No changes to save." };
    }
    // The lock comes before the insert: of two saves from the same version, the second waits for
    // the first's row lock and then finds the version moved on (a conflict), instead of colliding
    // on the version number (an unexpected error on PostgreSQL).
    await updateApology(tx, apology.id, apology.version, { reviewState: transition(apology.reviewState, "save") });
    const version = await addVersion(tx, member, apology, currentNumber + 1, input.body);
    await tx.apology.update({ where: { id: apology.id }, data: { currentVersionId: version.id } });
    return {
      data: { number: version.number, unchanged: false, score: version.score },
      audit: { entityType: "ApologyVersion", entityId: version.id, before: { number: currentNumber, state: apology.reviewState }, after: { number: version.number, score: version.score } },
      message: `Saved as version ${version.number}.`,
    };
  },
});

export const restoreApologyVersion = defineAction({
  name: "apology.restoreVersion",
  permission: "apology.draft",
  input: RestoreVersionInput,
  async run({ tx, member }, input) {
    const { apology, current } = await loadApology(tx, member, input.apologyId);
    const currentNumber = current?.number ?? 0;
    if (input.baseNumber !== currentNumber) throw new ConflictError("The draft changed since you opened it. Reload to see the latest version.");
    const old = await tx.apologyVersion.findFirst({ where: { apologyId: apology.id, number: input.number, organizationId: member.organizationId } });
    if (!old) throw new NotFoundError("That version does not exist.");
    await updateApology(tx, apology.id, apology.version, { reviewState: transition(apology.reviewState, "save") });
    const version = await addVersion(tx, member, apology, currentNumber + 1, old.body, old.number);
    await tx.apology.update({ where: { id: apology.id }, data: { currentVersionId: version.id } });
    return {
      data: { number: version.number },
      audit: { entityType: "ApologyVersion", entityId: version.id, after: { number: version.number, restoredFrom: old.number } },
      message: `Version ${old.number} restored as version ${version.number}.`,
    };
  },
});

export const submitApology = defineAction({
  name: "apology.submit",
  permission: "apology.submit",
  input: SubmitInput,
  async run({ tx, member }, input) {
    const { apology, current } = await loadApology(tx, member, input.apologyId);
    if (!current || current.body.trim() === "") throw new ValidationError("Write and save a draft before submitting it.");
    if (current.number !== input.number) throw new ConflictError("The draft changed since you opened it. Review the latest version, then submit.");
    await updateApology(tx, apology.id, apology.version, { reviewState: transition(apology.reviewState, "submit"), approvedVersionId: null });
    await tx.apologyReview.create({ data: { organizationId: member.organizationId, apologyId: apology.id, versionId: current.id, reviewerId: member.userId, decision: "SUBMITTED" } });
    await notifyRoles(tx, member.organizationId, ["EXEC", "ADMIN"], {
      kind: "apology.reviewRequested",
      title: `Review requested: ${apology.name}`,
      body: `${member.name} submitted version ${current.number} of the apology for “${apology.campaign.title}”.`,
      link: link(apology.campaign.slug, apology.channel),
    }, member.userId);
    return {
      data: { number: current.number },
      audit: { entityType: "Apology", entityId: apology.id, before: { state: apology.reviewState }, after: { state: "IN_REVIEW", number: current.number } },
      message: "Submitted for review.",
    };
  },
});

async function submitterIds(tx: Tx, apologyId: string) {
  const rows = await tx.apologyReview.findMany({ where: { apologyId, decision: "SUBMITTED" }, select: { reviewerId: true } });
  return rows.map((r) => r.reviewerId);
}

export const approveApology = defineAction({
  name: "apology.approve",
  permission: "apology.review",
  input: ApproveInput,
  async run({ tx, member }, input) {
    const { apology, current } = await loadApology(tx, member, input.apologyId);
    if (!current || current.number !== input.number) throw new ConflictError("The draft changed while you were reviewing it. Review the latest version.");
    await updateApology(tx, apology.id, apology.version, { reviewState: transition(apology.reviewState, "approve"), approvedVersionId: current.id });
    await tx.apologyReview.create({ data: { organizationId: member.organizationId, apologyId: apology.id, versionId: current.id, reviewerId: member.userId, decision: "APPROVED", comment: input.comment } });
    await notifyUsers(tx, member.organizationId, await submitterIds(tx, apology.id), {
      kind: "apology.approved",
      title: `Approved: ${apology.name}`,
      body: `${member.name} approved version ${current.number}.${input.comment ? ` “${input.comment}”` : ""}`,
      link: link(apology.campaign.slug, apology.channel),
    });
    return {
      data: { number: current.number },
      audit: { entityType: "Apology", entityId: apology.id, before: { state: apology.reviewState }, after: { state: "APPROVED", number: current.number } },
      message: `Version ${current.number} approved.`,
    };
  },
});

export const requestApologyChanges = defineAction({
  name: "apology.requestChanges",
  permission: "apology.review",
  input: RequestChangesInput,
  async run({ tx, member }, input) {
    const { apology, current } = await loadApology(tx, member, input.apologyId);
    if (!current || current.number !== input.number) throw new ConflictError("The draft changed while you were reviewing it. Review the latest version.");
    await updateApology(tx, apology.id, apology.version, { reviewState: transition(apology.reviewState, "requestChanges"), approvedVersionId: null });
    await tx.apologyReview.create({ data: { organizationId: member.organizationId, apologyId: apology.id, versionId: current.id, reviewerId: member.userId, decision: "CHANGES_REQUESTED", comment: input.comment } });
    await notifyUsers(tx, member.organizationId, await submitterIds(tx, apology.id), {
      kind: "apology.changesRequested",
      title: `Changes requested: ${apology.name}`,
      body: `${member.name}: “${input.comment}”`,
      link: link(apology.campaign.slug, apology.channel),
    });
    return {
      data: { number: current.number },
      audit: { entityType: "Apology", entityId: apology.id, before: { state: apology.reviewState }, after: { state: "CHANGES_REQUESTED", comment: input.comment } },
      message: "Changes requested.",
    };
  },
});

export const publishApology = defineAction({
  name: "apology.publish",
  permission: "apology.publish",
  input: PublishInput,
  async run({ tx, member }, input) {
    const { apology, current } = await loadApology(tx, member, input.apologyId);
    if (apology.version !== input.expectedVersion) throw new ConflictError("The apology changed since you opened it. Reload and check what you are publishing.");
    const next = transition(apology.reviewState, "publish");
    // Only the exact version an executive approved can go public.
    if (!current || apology.approvedVersionId !== current.id) throw new ValidationError("Only an approved current version can be published.");
    const isRevision = apology.publishedVersionId !== null;
    if (isRevision && input.changeSummary.length < 3) {
      throw new ValidationError("Say what changed in this revision.", { changeSummary: ["Readers see this next to the dated revision."] });
    }
    const now = new Date();
    await updateApology(tx, apology.id, apology.version, {
      reviewState: next,
      publishedVersionId: current.id,
      publishedAt: apology.publishedAt ?? now,
    });
    const publication = await tx.apologyPublication.create({
      data: { organizationId: member.organizationId, apologyId: apology.id, versionId: current.id, publishedById: member.userId, changeSummary: isRevision ? input.changeSummary : "", publishedAt: now },
    });
    await tx.apologyReview.create({ data: { organizationId: member.organizationId, apologyId: apology.id, versionId: current.id, reviewerId: member.userId, decision: "PUBLISHED", comment: input.changeSummary } });
    await tx.publicEvent.create({
      data: {
        organizationId: member.organizationId,
        campaignId: apology.campaign.id,
        kind: isRevision ? "apology.revised" : "apology.published",
        title: isRevision ? `${apology.name} revised` : `${apology.name} published`,
        summary: isRevision ? input.changeSummary : "",
        entityId: apology.id,
      },
    });
    await notifyRoles(tx, member.organizationId, ["ADMIN", "COMMS", "EXEC"], {
      kind: "apology.published",
      title: `${isRevision ? "Revision published" : "Published"}: ${apology.name}`,
      body: `${member.name} published version ${current.number}.`,
      link: link(apology.campaign.slug, apology.channel),
    }, member.userId);
    return {
      data: { publicationId: publication.id, revision: isRevision, campaignSlug: apology.campaign.slug },
      audit: { entityType: "Apology", entityId: apology.id, before: { state: apology.reviewState, publishedVersionId: apology.publishedVersionId }, after: { state: next, publishedVersionId: current.id, changeSummary: input.changeSummary } },
      message: isRevision ? "Revision published, dated, with what changed." : "Published.",
      after: () => revalidatePublicCampaign({ id: apology.campaign.id, organizationId: member.organizationId }),
    };
  },
});
