import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { publicCampaignTag, publicOrganizationTag } from "@/lib/public/revalidate";
import { withoutScripts } from "@/lib/public/script-free";

// The public campaign page as its reader gets it: the static React render of
// /p/<org>/<campaign>/render without its scripts (lib/public/script-free.ts says why). This server
// asks itself for the render over loopback — never at an address taken from the request — and
// keeps the answer in Next's data cache under the page's tags: a change shows on the very next
// request (revalidatePublicSlugs expires the tags), and every other request is a cache read (about
// three times the requests per second of asking for the render each time).

export const renderPath = (orgSlug: string, campaignSlug: string) => `/p/${orgSlug}/${campaignSlug}/render`;

const internalOrigin = () => env.INTERNAL_ORIGIN ?? `http://127.0.0.1:${env.PORT}`;

// Next's data cache outlives a deploy, and a page kept from the previous build would point at that
// build's stylesheets: the build's id is part of what is cached.
let buildId: string | null = null;
function currentBuild(): string {
  if (buildId === null) {
    try {
      buildId = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      buildId = "development";
    }
  }
  return buildId;
}

export type RenderedPage = { status: number; html: string };

export async function renderedPublicPage(orgSlug: string, campaignSlug: string): Promise<RenderedPage> {
  const url = new URL(renderPath(orgSlug, campaignSlug), internalOrigin());
  url.searchParams.set("build", currentBuild());
  const response = await fetch(url, {
    cache: "force-cache",
    next: { tags: [publicOrganizationTag(orgSlug), publicCampaignTag(orgSlug, campaignSlug)] },
    signal: AbortSignal.timeout(30_000),
  });
  const html = await response.text();
  const scriptFree = withoutScripts(html);
  if (scriptFree.ok) return { status: response.status, html: scriptFree.html };
  // Served as rendered rather than with content missing: slower to load, never incomplete.
  logger.warn({ path: url.pathname, reason: scriptFree.reason }, "public page served with its scripts");
  return { status: response.status, html };
}
