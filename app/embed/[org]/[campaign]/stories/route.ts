import { createHash } from "node:crypto";
import { embedHeaders, renderEmbedDocument, renderEmbedNotFound, type EmbedTheme } from "@/lib/stories/embed-html";
import { storedFramingOrigins } from "@/lib/stories/framing-origins";
import { findPublicCampaign, framingOriginsForSlug, listPublishedStories } from "@/lib/stories/public-queries";

// The embeddable story wall: a small HTML document for an iframe on the organization's own sites.
// Read from the database on every request (nothing cached here); browsers and CDNs must revalidate
// every time, so a withdrawn story is gone on the very next load.
export const dynamic = "force-dynamic";

type Params = { org: string; campaign: string };

const THEMES: EmbedTheme[] = ["auto", "light", "dark"];

export async function GET(request: Request, { params }: { params: Promise<Params> }) {
  const { org, campaign: campaignSlug } = await params;
  const url = new URL(request.url);
  const campaign = await findPublicCampaign(org, campaignSlug);
  if (!campaign) {
    return new Response(renderEmbedNotFound(), {
      status: 404,
      headers: { ...embedHeaders(await framingOriginsForSlug(org)), "Cache-Control": "no-store" },
    });
  }
  const theme = THEMES.find((t) => t === url.searchParams.get("theme")) ?? "auto";
  const limit = Number(url.searchParams.get("limit"));
  const stories = await listPublishedStories({
    organizationId: campaign.organizationId,
    campaignId: campaign.id,
    tag: url.searchParams.get("tag")?.slice(0, 30) || null,
    limit: Number.isInteger(limit) && limit > 0 ? limit : undefined,
  });
  const html = renderEmbedDocument({
    organizationName: campaign.organization.name,
    campaignTitle: campaign.title,
    publicPageUrl: new URL(`/p/${campaign.organization.slug}/${campaign.slug}`, url.origin).toString(),
    stories,
    theme,
  });
  const etag = `"${createHash("sha256").update(html).update(campaign.organization.framingOrigins).digest("base64url").slice(0, 27)}"`;
  const headers = {
    ...embedHeaders(storedFramingOrigins(campaign.organization.framingOrigins)),
    // Stored, but checked with the server before every use: cheap when nothing changed, never stale.
    "Cache-Control": "no-cache",
    ETag: etag,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(html, { status: 200, headers });
}
