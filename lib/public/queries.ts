import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { publicCampaignTag, publicOrganizationTag } from "@/lib/public/revalidate";
import { isSlug } from "@/lib/shared/slug";
import { listPublishedStories } from "@/lib/stories/public-queries";

// Everything the public pages read. Each query selects public fields explicitly — never a whole
// row — so a new private column can never leak by default. Results are cached per slug and
// expired by tag the moment anything public changes (lib/public/revalidate.ts). An address that
// cannot be a slug finds nothing without a query (PostgreSQL refuses a NUL in a text parameter).

export const getPublicOrganization = (orgSlug: string) =>
  !isSlug(orgSlug) ? Promise.resolve(null) : unstable_cache(
    async () =>
      db.organization.findUnique({
        where: { slug: orgSlug },
        select: {
          name: true,
          slug: true,
          campaigns: {
            where: { publicPage: true },
            orderBy: { occurredAt: "desc" },
            select: { slug: true, title: true, status: true, occurredAt: true },
          },
        },
      }),
    ["public-org", orgSlug],
    { tags: [publicOrganizationTag(orgSlug)] },
  )();

export async function loadPublicCampaign(orgSlug: string, campaignSlug: string) {
  if (!isSlug(orgSlug) || !isSlug(campaignSlug)) return null;
  const campaign = await db.campaign.findFirst({
    where: { slug: campaignSlug, publicPage: true, organization: { slug: orgSlug } },
    select: {
      id: true,
      organizationId: true,
      slug: true,
      title: true,
      occurredAt: true,
      status: true,
      organization: { select: { name: true, slug: true } },
    },
  });
  if (!campaign) return null;
  const scope = { organizationId: campaign.organizationId, campaignId: campaign.id };
  const [apologies, commitments, stories] = await Promise.all([
    db.apology.findMany({
      where: { ...scope, publishedVersionId: { not: null } },
      orderBy: { publishedAt: "asc" },
      select: {
        id: true,
        name: true,
        channel: true,
        publishedAt: true,
        publications: {
          orderBy: { publishedAt: "desc" },
          select: { id: true, publishedAt: true, changeSummary: true, apologyVersion: { select: { number: true, body: true } } },
        },
      },
    }),
    db.commitment.findMany({
      where: { ...scope, isPublic: true },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        statusReason: true,
        progress: true,
        dueDate: true,
        trustElement: true,
        completedAt: true,
        evidence: {
          where: { isPublic: true, retractedAt: null },
          orderBy: { createdAt: "asc" },
          select: {
            id: true, kind: true, title: true, url: true, fileName: true, metricName: true, metricValue: true,
            metricUnit: true, metricBaseline: true, metricTarget: true, metricAsOf: true, note: true, createdAt: true,
          },
        },
        updates: { orderBy: { createdAt: "desc" }, take: 20, select: { id: true, text: true, createdAt: true, progressTo: true, statusTo: true } },
      },
    }),
    listPublishedStories({ organizationId: campaign.organizationId, campaignId: campaign.id }),
  ]);
  const { id: _id, organizationId: _org, ...publicCampaign } = campaign;
  return { campaign: publicCampaign, apologies, commitments, stories };
}

export type PublicCampaign = NonNullable<Awaited<ReturnType<typeof loadPublicCampaign>>>;

export const getPublicCampaign = (orgSlug: string, campaignSlug: string) =>
  unstable_cache(() => loadPublicCampaign(orgSlug, campaignSlug), ["public-campaign", orgSlug, campaignSlug], {
    tags: [publicOrganizationTag(orgSlug), publicCampaignTag(orgSlug, campaignSlug)],
  })();

export async function loadPublicFeedEvents(orgSlug: string, campaignSlug: string) {
  if (!isSlug(orgSlug) || !isSlug(campaignSlug)) return [];
  return db.publicEvent.findMany({
    where: { campaign: { slug: campaignSlug, publicPage: true, organization: { slug: orgSlug } } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, kind: true, title: true, summary: true, createdAt: true },
  });
}

export const getPublicFeedEvents = (orgSlug: string, campaignSlug: string) =>
  unstable_cache(
    () => loadPublicFeedEvents(orgSlug, campaignSlug),
    ["public-feed", orgSlug, campaignSlug],
    { tags: [publicOrganizationTag(orgSlug), publicCampaignTag(orgSlug, campaignSlug)] },
  )();
