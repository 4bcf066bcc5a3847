// The address a request came from, as the reverse proxy reports it: the first hop of
// X-Forwarded-For (the client as seen by the outermost proxy), else X-Real-IP. `next start`
// fills X-Forwarded-For from the socket when no proxy set it. Behind a proxy that does not
// overwrite the header a client can choose this value, so it only ever feeds rate limits.
type HeaderSource = { get(name: string): string | null };

export function clientAddressFrom(headers: HeaderSource): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 100);
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 100);
  return "unknown";
}
