// The address a request came from: the first hop of X-Forwarded-For, else X-Real-IP. The
// production server (scripts/server.mjs) replaces X-Forwarded-For with the one address it trusts
// (the socket's peer, or what TRUSTED_PROXY_HOPS proxies saw), so a client cannot choose it there;
// under `next dev` the header is as sent. It only ever feeds rate limits.
type HeaderSource = { get(name: string): string | null };

export function clientAddressFrom(headers: HeaderSource): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 100);
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 100);
  return "unknown";
}
