import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { newNonce, noncePolicy, policyFamily, scriptlessPolicy, staticPolicy } from "@/lib/security/content-security-policy";

// Sets the Content-Security-Policy of every page (lib/security/content-security-policy.ts says
// which policy and why). It only sets headers: it is never relied on for authorization — every
// page and action checks the session and the organization itself (lib/auth, lib/actions).
export function proxy(request: NextRequest) {
  const development = env.NODE_ENV === "development";
  const family = policyFamily(request.nextUrl.pathname);
  if (family !== "nonce") {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", family === "scriptless" ? scriptlessPolicy() : staticPolicy({ development }));
    return response;
  }
  const nonce = newNonce();
  const policy = noncePolicy(nonce, { development });
  // Next reads the nonce from the request's CSP header and applies it to its own scripts and
  // styles. x-nonce is for a page that renders a <Script> of its own (none does today). Our styles
  // live in stylesheets: an inline <style> would carry the nonce of the request that rendered it,
  // which after a client-side navigation is not the document's.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Not API routes (JSON; the evidence download sets its own policy), not the embed (its own
      // policy and frame-ancestors), not build assets or the icon.
      source: "/((?!api/|embed/|_next/static|_next/image|icon\\.svg|favicon\\.ico).*)",
      // Prefetches carry no document; the navigation that follows gets its headers.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
