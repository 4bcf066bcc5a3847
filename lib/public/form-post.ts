import { formDataToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { isSlug } from "@/lib/shared/slug";

// What the route handlers behind the public page's plain HTML forms share (the follow form and the
// feedback form): reading the posted fields, refusing a post made from another site, and answering
// with the page to go to. These forms need no sign-in, so there is no session to forge; the origin
// check keeps another site from making its visitors' browsers post here (spam from many addresses,
// past the per-address limits).

// The posted fields; nothing for a body that is not a form (the schema then refuses it).
export async function postedFields(request: Request): Promise<Record<string, unknown>> {
  try {
    return formDataToObject(await request.formData());
  } catch {
    return Object.create(null) as Record<string, unknown>;
  }
}

// Browsers send Origin with every form post; a request without one is not a browser's, and not a
// cross-site forgery. The host compared is the one the browser addressed (as a proxy forwards it).
export function fromThisSite(request: Request): boolean {
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
export const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path } });

export const crossSiteRefusal = () => new Response("This form can only be sent from its own page.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });

type Params = { params: Promise<{ org: string; campaign: string }> };

// The POST handler of one such form: `submit` is the domain function (it applies the limits and
// the schema), `answer` the page that tells the person what happened. The slugs come from the
// address the form posted to, never from its fields.
export function publicFormPost(
  submit: (fields: Record<string, unknown>, clientAddress: string) => Promise<FormState>,
  answer: (orgSlug: string, campaignSlug: string, state: FormState) => string,
) {
  return async function POST(request: Request, { params }: Params): Promise<Response> {
    const { org, campaign } = await params;
    if (!isSlug(org) || !isSlug(campaign)) return seeOther("/");
    if (!fromThisSite(request)) return crossSiteRefusal();
    const fields = await postedFields(request);
    const state = await submit({ ...fields, orgSlug: org, campaignSlug: campaign }, clientAddressFrom(request.headers));
    return seeOther(answer(org, campaign, state));
  };
}
