import "server-only";
import { revalidateTag } from "next/cache";
import { logger } from "@/lib/logger";

// Cache tags of what the public sees. Anything that changes a campaign's public page (apology
// publication, public commitments and evidence, stories) calls revalidatePublicCampaign after
// its transaction commits. { expire: 0 } expires at once rather than serving stale-while-
// revalidate: a withdrawn story must be gone on the very next request.
export const publicCampaignTag = (campaignId: string) => `public-campaign:${campaignId}`;
export const publicOrganizationTag = (organizationId: string) => `public-org:${organizationId}`;

export function revalidatePublicCampaign(campaign: { id: string; organizationId: string }) {
  try {
    revalidateTag(publicCampaignTag(campaign.id), { expire: 0 });
    revalidateTag(publicOrganizationTag(campaign.organizationId), { expire: 0 });
  } catch (error) {
    // Outside a Next request (CLI, tests) there is no cache to revalidate.
    logger.debug({ err: error }, "revalidatePublicCampaign outside a request");
  }
}
