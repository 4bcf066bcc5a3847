// The sites allowed to show an organization's story wall in an iframe. Pure.
// Stored as one https origin per line; turned into the CSP frame-ancestors directive.

export const MAX_FRAMING_ORIGINS = 20;

export type ParsedOrigins = { origins: string[]; errors: string[] };

// "https://www.example.com" → itself; anything with a path, query, credentials or another scheme is
// refused with the reason. Wildcards are not accepted: each site is named.
export function parseOrigin(line: string): { origin: string } | { error: string } {
  const value = line.trim();
  if (!/^https:\/\//i.test(value)) return { error: `“${value}” must start with https:// (embedding sites must use HTTPS).` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: `“${value}” is not a web address.` };
  }
  if (url.protocol !== "https:") return { error: `“${value}” must start with https://.` };
  if (url.username || url.password) return { error: `“${value}” must not contain a user name or password.` };
  if (url.hostname.includes("*")) return { error: `“${value}”: wildcards are not accepted; list each site.` };
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || /\/[^/]/.test(value.replace(/^https:\/\//i, ""))) {
    return { error: `“${value}” must be an origin only, like https://www.example.com (no path).` };
  }
  if (!url.hostname.includes(".") && url.hostname !== "localhost") return { error: `“${value}” is not a full host name.` };
  return { origin: url.origin };
}

export function parseFramingOrigins(text: string): ParsedOrigins {
  const origins: string[] = [];
  const errors: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    const parsed = parseOrigin(line);
    if ("error" in parsed) errors.push(parsed.error);
    else if (!origins.includes(parsed.origin)) origins.push(parsed.origin);
  }
  if (origins.length > MAX_FRAMING_ORIGINS) errors.push(`List at most ${MAX_FRAMING_ORIGINS} sites.`);
  return { origins, errors };
}

// The stored text is parsed again on the way out, so a value that was never validated (written
// by a script, an old version) cannot inject anything into the header: invalid lines are dropped.
export function storedFramingOrigins(stored: string): string[] {
  return parseFramingOrigins(stored).origins.slice(0, MAX_FRAMING_ORIGINS);
}

// The wall is for embedding: the app itself ('self') plus the organization's listed sites.
export function frameAncestors(origins: string[]): string {
  return ["'self'", ...origins].join(" ");
}
