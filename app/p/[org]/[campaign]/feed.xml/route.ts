import { getPublicCampaign, getPublicFeedEvents } from "@/lib/public/queries";
import { buildAtomFeed } from "@/lib/public/atom-feed";
import { isSlug } from "@/lib/shared/slug";

// Apology publication and revisions, commitment status changes, new public evidence.
export async function GET(request: Request, { params }: { params: Promise<{ org: string; campaign: string }> }) {
  const { org, campaign: slug } = await params;
  if (!isSlug(org) || !isSlug(slug)) return new Response("Not found", { status: 404 });
  const data = await getPublicCampaign(org, slug);
  if (!data) return new Response("Not found", { status: 404 });
  const events = await getPublicFeedEvents(org, slug);
  const xml = buildAtomFeed({
    origin: new URL(request.url).origin,
    orgSlug: org,
    campaignSlug: slug,
    title: data.campaign.title,
    organizationName: data.campaign.organization.name,
    since: data.campaign.occurredAt,
    events,
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=0, must-revalidate" } });
}
