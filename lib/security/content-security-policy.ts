// The Content-Security-Policy of every page, by route family. Pure; proxy.ts sends it.
//
// Pages rendered per request (the signed-in app, sign-in, setup, invitations, the customer's story
// links) get a strict policy with a fresh nonce: only scripts carrying the nonce run, and whatever
// they load ('strict-dynamic'); Next reads the nonce from the request's CSP header and puts it on
// its own scripts and inline styles. No injected <script> or <style> element can run without it.
//
// Pages rendered once and served from the cache — the public transparency page /p/** (static,
// revalidated by tag) and the benchmark's bare baseline page — cannot carry a per-request nonce:
// a nonce would make Next render them on every request, giving up what makes the public page
// cheap under a traffic spike. Hashes do not work either: Next's inline scripts
// carry the page's data, which changes on every revalidation. So these pages allow inline scripts
// ('unsafe-inline') but nothing from another origin, and keep every other directive strict. What
// that leaves: a script injected into the HTML would run — and these pages contain only published
// text rendered by React (escaped), with no user-supplied HTML.
//
// The public campaign page itself (/p/<org>/<campaign>) is served without any script
// (lib/public/rendered-page.ts), so it gets the strictest policy of all: no script runs there,
// inline or not — an injected one included.
//
// The embeddable story wall (/embed/…) is not here: it sets its own, stricter policy (no script
// at all) with its per-organization frame-ancestors (lib/stories/embed-html.ts).

export type PolicyFamily = "nonce" | "static" | "scriptless";

// Static routes, by path prefix. tests/e2e/csp.spec.ts checks this list against the build's
// prerender manifest, so a page that becomes static (or stops being) cannot be forgotten here.
// Unknown URLs are rendered per request (app/[...missing]/page.tsx), so they take the nonce too.
// The two follow pages are the plain answers after following stops or a link is bad.
export const STATIC_PREFIXES = ["/p", "/bench-baseline", "/follow/invalid-link", "/follow/unsubscribed"];

// The script-free public campaign page: exactly two segments under /p.
const SCRIPTLESS_PAGE = /^\/p\/[^/]+\/[^/]+\/?$/;

export function policyFamily(pathname: string): PolicyFamily {
  if (SCRIPTLESS_PAGE.test(pathname)) return "scriptless";
  return STATIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`)) ? "static" : "nonce";
}

// Shared by both families. Images may be data:/blob: URLs (charts, downloads made in the page);
// no plugins; no <base> (relative links cannot be redirected); forms post only here; nobody frames
// the app (clickjacking) — the embed is the one page meant for frames.
const COMMON = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export function noncePolicy(nonce: string, opts: { development?: boolean } = {}): string {
  // React uses eval for its development-only error overlay, and `next dev` injects styles
  // without a nonce; neither happens in a production build.
  const dev = opts.development === true;
  return [
    ...COMMON,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // <style> elements need the nonce. Style *attributes* (style={{ width }} on progress bars and
    // charts) cannot carry one, and only set presentation, so they are allowed on their own.
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
  ].join("; ");
}

export function staticPolicy(opts: { development?: boolean } = {}): string {
  return [
    ...COMMON,
    `script-src 'self' 'unsafe-inline'${opts.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
  ].join("; ");
}

// No script at all; styles from this origin (and the inline ones Next writes into the head).
export function scriptlessPolicy(): string {
  return [...COMMON, "script-src 'none'", "style-src 'self' 'unsafe-inline'"].join("; ");
}

// 128 random bits, base64: unguessable, and fresh for every request.
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
