import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { unstable_cache } from "next/cache";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { publicCampaignTag, publicOrganizationTag } from "@/lib/public/revalidate";
import { withoutScripts } from "@/lib/public/script-free";

// Public pages as their readers get them: the static React render of a page under /p without its
// scripts (lib/public/script-free.ts says why). This server asks itself for the render over
// loopback — never at an address taken from the request — and keeps the script-free HTML in Next's
// data cache under the page's tags: a change shows on the very next request (revalidatePublicSlugs
// expires the tags), and every other request is a cache read (about three times the requests per
// second of asking for the render each time). Only a 200 is kept: a not-found page is asked for
// again each time, so a page switched on shows at once. Next does not keep entries over 2 MB: a
// page that large (hundreds of promises with their updates) is served, only not kept.

export const renderPath = (orgSlug: string, campaignSlug: string) => `/p/${orgSlug}/${campaignSlug}/render`;
export const campaignTags = (orgSlug: string, campaignSlug: string) => [publicOrganizationTag(orgSlug), publicCampaignTag(orgSlug, campaignSlug)];

const internalOrigin = () => env.INTERNAL_ORIGIN ?? `http://127.0.0.1:${env.PORT}`;
const RENDER_TIMEOUT_MS = 30_000;

export type RenderedPage = { status: number; html: string };

export const UNAVAILABLE: RenderedPage = {
  status: 503,
  html:
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Temporarily unavailable</title></head>' +
    "<body><main><h1>This page is temporarily unavailable</h1><p>Please try again in a few minutes.</p></main></body></html>",
};

// Next's data cache outlives a deploy, and a page kept from the previous build would point at that
// build's stylesheets: the build's id is part of the key. Nothing is kept under `next dev` (no
// build id; a changed component must show) or when the id cannot be read (said once).
let build: { id: string | null } | null = null;
function currentBuild(): string | null {
  if (build) return build.id;
  if (env.NODE_ENV === "development") return (build = { id: null }).id;
  try {
    build = { id: readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim() || null };
  } catch (err) {
    logger.warn({ err }, "public pages: .next/BUILD_ID unreadable, so their script-free HTML is not cached");
    build = { id: null };
  }
  return build.id;
}

// A render that is not a 200 is passed on but not kept.
class NotKept extends Error {
  constructor(readonly page: RenderedPage) {
    super(`render answered ${page.status}`);
  }
}

async function fetchRender(pagePath: string): Promise<RenderedPage> {
  const response = await fetch(new URL(pagePath, internalOrigin()), { cache: "no-store", signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) });
  const html = await response.text();
  const scriptFree = withoutScripts(html);
  if (scriptFree.ok) return { status: response.status, html: scriptFree.html };
  // The page runs no script (its policy is script-src 'none'), so content a script would put in
  // place would never show: an error, not a half page.
  logger.error({ path: pagePath, reason: scriptFree.reason }, "public page: the render cannot be served without its scripts");
  return UNAVAILABLE;
}

export async function renderedPage(pagePath: string, tags: string[]): Promise<RenderedPage> {
  const id = currentBuild();
  try {
    if (id === null) return await fetchRender(pagePath);
    const html = await unstable_cache(
      async () => {
        const page = await fetchRender(pagePath);
        if (page.status !== 200) throw new NotKept(page);
        return page.html;
      },
      ["public-page-html", id, pagePath],
      { tags },
    )();
    return { status: 200, html };
  } catch (err) {
    if (err instanceof NotKept) return err.page;
    const timedOut = err instanceof Error && err.name === "TimeoutError";
    logger.error(
      { err, origin: internalOrigin(), path: pagePath },
      timedOut
        ? `public page: this server's render took more than ${RENDER_TIMEOUT_MS / 1000} s`
        : "public page: this server could not reach its own render; set INTERNAL_ORIGIN to where this same process listens",
    );
    return UNAVAILABLE;
  }
}

export const renderedPublicPage = (orgSlug: string, campaignSlug: string) => renderedPage(renderPath(orgSlug, campaignSlug), campaignTags(orgSlug, campaignSlug));

// The answer carrying a rendered page. Only the page itself may be kept by a browser or a proxy
// (until it revalidates); a refusal, a not-found or an outage is never kept.
export function htmlResponse(page: RenderedPage): Response {
  const headers: Record<string, string> = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": page.status === 200 ? "public, max-age=0, must-revalidate" : "no-store",
  };
  if (page.status === 503) headers["retry-after"] = "60";
  return new Response(page.html, { status: page.status, headers });
}
