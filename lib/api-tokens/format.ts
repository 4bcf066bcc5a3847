import { randomBytes } from "node:crypto";

// API tokens look like ks_<prefix>_<secret>: "ks" says whose token it is (secret scanners can
// match it), the 8-character prefix identifies it in the list without revealing it, and the
// secret is 32 random bytes. Only a SHA-256 of the whole token is stored.

const TOKEN_PATTERN = /^ks_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export function generateApiToken(): { token: string; prefix: string } {
  const prefix = randomBytes(4).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { token: `ks_${prefix}_${secret}`, prefix };
}

// The prefix of a well-formed token, or null: malformed tokens are refused without a lookup.
export function parseApiToken(value: string): { prefix: string } | null {
  const m = TOKEN_PATTERN.exec(value);
  return m ? { prefix: m[1] } : null;
}

// "Bearer <token>" (the scheme is case-insensitive, RFC 9110 §11.1).
export function bearerToken(authorization: string | null | undefined): string | null {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? "");
  return m ? m[1] : null;
}

export function maskedToken(prefix: string): string {
  return `ks_${prefix}_…`;
}
