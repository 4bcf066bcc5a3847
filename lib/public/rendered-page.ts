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
// three times the requests per second of asking for the render each time). Next keeps only 200
// answers: a not-found page is asked for again each time, so a page switched on shows at once.

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

const UNAVAILABLE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Temporarily unavailable</title></head>' +
  '<body><main><h1>This page is temporarily unavailable</h1><p>Please try again in a few minutes.</p></main></body></html>';

export async function renderedPublicPage(orgSlug: string, campaignSlug: string): Promise<RenderedPage> {
  const url = new URL(renderPath(orgSlug, campaignSlug), internalOrigin());
  url.searchParams.set("build", currentBuild());
  let response: Response;
  let html: string;
  try {
    response = await fetch(url, {
      cache: "force-cache",
      next: { tags: [publicOrganizationTag(orgSlug), publicCampaignTag(orgSlug, campaignSlug)] },
      signal: AbortSignal.timeout(30_000),
    });
    html = await response.text();
  } catch (err) {
    // Said plainly for whoever runs the server: the usual cause is a server that does not listen
    // on 127.0.0.1:PORT (INTERNAL_ORIGIN in the README).
    logger.error({ err, origin: url.origin }, "public page: this server could not reach its own render; set INTERNAL_ORIGIN to where it listens");
    return { status: 503, html: UNAVAILABLE };
  }
  const scriptFree = withoutScripts(html);
  if (scriptFree.ok) return { status: response.status, html: scriptFree.html };
  // Served as rendered rather than with content missing: slower to load, never incomplete.
  logger.warn({ path: url.pathname, reason: scriptFree.reason }, "public page served with its scripts");
  return { status: response.status, html };
}
