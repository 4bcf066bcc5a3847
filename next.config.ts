import type { NextConfig } from "next";

// Headers on every response. Nothing frames the app (CSP frame-ancestors 'none', and X-Frame-Options
// DENY for browsers without CSP); the embeddable story wall (/embed/…) sets its own frame-ancestors
// from the organization's allowed origins, so it is left out of the framing rule here. Pages get
// their Content-Security-Policy from proxy.ts (a nonce per request, or the static pages' policy);
// API responses get a minimal one here (the evidence download sets a stricter one itself).
//
// Cross-Origin-Opener-Policy keeps other windows from holding a reference to the app's (the
// opener link both ways). Everywhere but the public campaign page /p/<org>/<campaign>: that page
// runs no script and holds no one's data, so there is nothing for another window to reach, and
// the header is not free there — a browser opening it in a new browsing-context group paid a
// long task of 150–250 ms on a phone profile (Lighthouse TBT, docs/performance.md).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  // Browsers ignore HSTS over plain http, so it is safe to send from every production build.
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Types are checked once by `npm run typecheck` (CI runs it); `npm start` builds faster without.
  typescript: { ignoreBuildErrors: true },
  // Server actions carry CSV uploads for import (up to 50 MB) and evidence files (10 MB).
  experimental: { serverActions: { bodySizeLimit: "52mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/((?!embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      { source: "/((?!p/[^/]+/[^/]+$).*)", headers: [{ key: "Cross-Origin-Opener-Policy", value: "same-origin" }] },
      { source: "/api/((?!evidence/).*)", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
