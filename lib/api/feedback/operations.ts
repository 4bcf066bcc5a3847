import "server-only";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ingestFeedback } from "@/lib/feedback/ingest";
import { defineApiAction } from "@/lib/api/execute-api-action";
import { listFeedbackSpec, postFeedbackSpec } from "@/lib/api/feedback/spec";
import { listFeedbackPage } from "@/lib/api/feedback/list-feedback";

// The token's organization scopes the lookup: another organization's campaign is simply not found.
async function findCampaign(tx: Tx, organizationId: string, slug: string) {
  const campaign = await tx.campaign.findFirst({ where: { organizationId, slug }, select: { id: true, slug: true } });
  if (!campaign) throw new NotFoundError(`No campaign "${slug}" in this token's organization.`);
  return campaign;
}

export const postFeedback = defineApiAction({
  ...postFeedbackSpec,
  async run({ tx, principal }, params, input) {
    const campaign = await findCampaign(tx, principal.organizationId, params.slug);
    const now = new Date();
    const result = await ingestFeedback(
      tx,
      { organizationId: principal.organizationId, campaignId: campaign.id },
      input.items.map((item) => ({
        text: item.text,
        channel: item.channel ?? "API",
        receivedAt: item.receivedAt ?? now,
        externalId: item.externalId ?? null,
        authorName: item.author ?? null,
        url: item.url ?? null,
      })),
    );
    return {
      status: result.created > 0 ? 201 : 200,
      data: { created: result.created, duplicates: result.duplicates },
      audit: {
        entityType: "Campaign",
        entityId: campaign.id,
        after: { source: "api", tokenId: principal.tokenId, received: input.items.length, created: result.created, duplicates: result.duplicates },
      },
    };
  },
});

export const listFeedback = defineApiAction({
  ...listFeedbackSpec,
  async run({ tx, principal }, params, input) {
    const campaign = await findCampaign(tx, principal.organizationId, params.slug);
    return { data: await listFeedbackPage(tx, { organizationId: principal.organizationId, campaignId: campaign.id }, input), audit: null };
  },
});
