import { createHash, randomBytes } from "node:crypto";

// Secrets shown once (invitation links, API tokens, consent links) are stored only as SHA-256.
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
