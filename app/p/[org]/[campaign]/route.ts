import { htmlResponse, renderedPublicPage } from "@/lib/public/rendered-page";
import { isSlug } from "@/lib/shared/slug";

// The public campaign page, served as HTML without scripts (lib/public/rendered-page.ts), with the
// render's status: a campaign whose page is off, or that does not exist, answers the not-found page
// with a 404; 503 when this server could not reach its own render (logged).
export async function GET(_request: Request, { params }: { params: Promise<{ org: string; campaign: string }> }) {
  const { org, campaign } = await params;
  // Anything that is not a slug asks the render for a page that cannot exist: the not-found page.
  const page = await renderedPublicPage(isSlug(org) ? org : "-", isSlug(campaign) ? campaign : "-");
  return htmlResponse(page);
}
