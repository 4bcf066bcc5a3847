import "server-only";
import { revalidateTag } from "next/cache";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { kickFollowerMail } from "@/lib/following/kick";

// Cache tags of what the public sees, by slug because the public pages are addressed by slug.
// Anything that changes a campaign's public page (apology publication, public commitments and
// evidence, stories, the campaign's own public switch) calls revalidatePublicCampaign after its
// transaction commits. { expire: 0 } expires at once rather than serving stale-while-revalidate:
// a withdrawn story must be gone on the very next request.
export const publicOrganizationTag = (orgSlug: string) => `public:${orgSlug}`;
export const publicCampaignTag = (orgSlug: string, campaignSlug: string) => `public:${orgSlug}/${campaignSlug}`;

export function revalidatePublicSlugs(orgSlug: string, campaignSlug?: string) {
  try {
    revalidateTag(publicOrganizationTag(orgSlug), { expire: 0 });
    if (campaignSlug) revalidateTag(publicCampaignTag(orgSlug, campaignSlug), { expire: 0 });
  } catch (error) {
    // Outside a Next request (CLI, tests) there is no cache to revalidate.
    logger.debug({ err: error }, "public revalidation outside a request");
  }
}

// Every change that adds a PublicEvent calls this after its commit, so it is also where the
// followers' email is set off (lib/following/kick.ts): the event's messages go out right away.
export async function revalidatePublicCampaign(campaign: { id: string; organizationId: string }) {
  const row = await db.campaign.findFirst({
    where: { id: campaign.id, organizationId: campaign.organizationId },
    select: { slug: true, organization: { select: { slug: true } } },
  });
  if (row) revalidatePublicSlugs(row.organization.slug, row.slug);
  kickFollowerMail();
}
