import "server-only";
import { formDataToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { logger } from "@/lib/logger";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { isSlug } from "@/lib/shared/slug";
import { withFieldValues } from "@/lib/public/form-values";
import { campaignTags, htmlResponse, renderedPage } from "@/lib/public/rendered-page";

// What the route handlers behind the public page's plain HTML forms share (the follow form and the
// feedback form): reading the posted fields, refusing a post made from another site, and answering
// with the page that says what happened. These forms need no sign-in, so there is no session to
// forge; the origin check keeps another site from making its visitors' browsers post here (spam
// from many addresses, past the per-address limits).

// The posted fields; nothing for a body that is not a form (the schema then refuses it).
async function postedFields(request: Request): Promise<Record<string, unknown>> {
  try {
    return formDataToObject(await request.formData());
  } catch {
    return Object.create(null) as Record<string, unknown>;
  }
}

// Browsers send Origin with every form post; a request without one is not a browser's, and not a
// cross-site forgery. The host compared is the one the browser addressed (as a proxy forwards it).
function fromThisSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

// 303: the browser follows with a GET, so reloading the answer page never posts again. A relative
// Location, so the answer stays on the host the browser used.
const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path } });

const crossSiteRefusal = () => new Response("This form can only be sent from its own page.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });

type Params = { params: Promise<{ org: string; campaign: string }> };

type FormPost = {
  // The domain function: it applies the limits and the schema.
  submit: (fields: Record<string, unknown>, clientAddress: string) => Promise<FormState>;
  // The page that tells the person what happened.
  answer: (orgSlug: string, campaignSlug: string, state: FormState) => string;
  // Fields shown again, as typed, when the post is refused.
  kept: readonly string[];
};

// The POST handler of one such form. The slugs come from the address the form posted to, never
// from its fields. A success is a 303 to its answer page; a refusal answers the refusal's page
// itself, with the refusal's status and what the person typed back in the form (the page has no
// script to keep it) — or, if that page cannot be had, a 303 to it.
export function publicFormPost({ submit, answer, kept }: FormPost) {
  return async function POST(request: Request, { params }: Params): Promise<Response> {
    const { org, campaign } = await params;
    if (!isSlug(org) || !isSlug(campaign)) return seeOther("/");
    if (!fromThisSite(request)) return crossSiteRefusal();
    const fields = await postedFields(request);
    const state = await submit({ ...fields, orgSlug: org, campaignSlug: campaign }, clientAddressFrom(request.headers)).catch((err: unknown): FormState => {
      logger.error({ err, path: new URL(request.url).pathname }, "public form post failed");
      return { ok: false, message: "", status: 500 };
    });
    const path = answer(org, campaign, state);
    if (state.ok) return seeOther(path);
    const page = await renderedPage(path, campaignTags(org, campaign));
    if (page.status !== 200) return seeOther(path);
    const values = Object.fromEntries(kept.flatMap((name) => (typeof fields[name] === "string" ? [[name, fields[name]]] : [])));
    return htmlResponse({ status: state.status ?? 400, html: withFieldValues(page.html, values) });
  };
}
