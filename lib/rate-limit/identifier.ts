import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/env";

// Rate-limit keys never hold an address or an email: only a SHA-256 HMAC peppered with the
// NEXTAUTH secret (the same on every instance, so every instance derives the same key).
export function hashIdentifier(value: string): string {
  return createHmac("sha256", authSecret()).update(value.trim().toLowerCase()).digest("hex");
}
