import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { slugify } from "@/lib/shared/slug";
import { canChangeCampaignStatus, CAMPAIGN_STATUS_LABELS } from "@/lib/campaigns/status";
import { ChangeCampaignStatusInput, CreateCampaignInput, UpdateCampaignInput } from "@/lib/campaigns/schemas";
import type { Tx } from "@/lib/db";
import { revalidatePublicSlugs } from "@/lib/public/revalidate";

async function assertSlugFree(tx: Tx, organizationId: string, slug: string, exceptId?: string) {
  const clash = await tx.campaign.findFirst({
    where: { organizationId, slug, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) {
    throw new ValidationError("That short name is taken.", {
      slug: ["Another campaign already uses this short name."],
    });
  }
}

function resolveSlug(slug: string | undefined, title: string): string {
  const s = slug || slugify(title);
  if (!s) throw new ValidationError("Please choose a short name.", { slug: ["Use letters or digits."] });
  return s;
}

export const createCampaign = defineAction({
  name: "campaign.create",
  permission: "campaign.create",
  input: CreateCampaignInput,
  async run({ tx, member }, input) {
    const slug = resolveSlug(input.slug, input.title);
    await assertSlugFree(tx, member.organizationId, slug);
    const campaign = await tx.campaign.create({
      data: {
        organizationId: member.organizationId,
        createdById: member.userId,
        slug,
        title: input.title,
        summary: input.summary,
        occurredAt: input.occurredAt,
        discoveredAt: input.discoveredAt ?? null,
        severity: input.severity,
        affectedAudience: input.affectedAudience,
        slaMinutes: Math.round(input.slaHours * 60),
        publicPage: input.publicPage,
      },
    });
    return {
      data: { id: campaign.id, slug: campaign.slug },
      audit: { entityType: "Campaign", entityId: campaign.id, after: campaign },
      message: "Campaign created.",
    };
  },
});

export const updateCampaign = defineAction({
  name: "campaign.update",
  permission: "campaign.update",
  input: UpdateCampaignInput,
  async run({ tx, member }, input) {
    const before = await tx.campaign.findFirst({ where: { id: input.id, organizationId: member.organizationId } });
    if (!before) throw new NotFoundError("Campaign not found.");
    const slug = resolveSlug(input.slug, input.title);
    await assertSlugFree(tx, member.organizationId, slug, before.id);
    const { count } = await tx.campaign.updateMany({
      where: { id: input.id, organizationId: member.organizationId, version: input.version },
      data: {
        slug,
        title: input.title,
        summary: input.summary,
        occurredAt: input.occurredAt,
        discoveredAt: input.discoveredAt ?? null,
        severity: input.severity,
        affectedAudience: input.affectedAudience,
        slaMinutes: Math.round(input.slaHours * 60),
        publicPage: input.publicPage,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError();
    const after = await tx.campaign.findUniqueOrThrow({ where: { id: input.id } });
    return {
      data: { id: after.id, slug: after.slug },
      audit: { entityType: "Campaign", entityId: after.id, before, after },
      message: "Campaign saved.",
      // The public page may have been switched on or off, or moved to a new short name.
      after: () => {
        revalidatePublicSlugs(member.organizationSlug, before.slug);
        revalidatePublicSlugs(member.organizationSlug, after.slug);
      },
    };
  },
});

export const changeCampaignStatus = defineAction({
  name: "campaign.changeStatus",
  permission: "campaign.changeStatus",
  input: ChangeCampaignStatusInput,
  async run({ tx, member }, input) {
    const before = await tx.campaign.findFirst({ where: { id: input.id, organizationId: member.organizationId } });
    if (!before) throw new NotFoundError("Campaign not found.");
    if (!canChangeCampaignStatus(before.status, input.status)) {
      throw new ValidationError(
        `A campaign cannot go from ${CAMPAIGN_STATUS_LABELS[before.status]} to ${CAMPAIGN_STATUS_LABELS[input.status]}.`,
        { status: ["Not an allowed change."] },
      );
    }
    const { count } = await tx.campaign.updateMany({
      where: { id: input.id, organizationId: member.organizationId, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Someone else changed this campaign. Reload and try again.");
    return {
      data: { id: before.id, slug: before.slug },
      audit: { entityType: "Campaign", entityId: before.id, before: { status: before.status }, after: { status: input.status } },
      message: `Campaign is now ${CAMPAIGN_STATUS_LABELS[input.status].toLowerCase()}.`,
    };
  },
});
