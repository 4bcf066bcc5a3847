import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/env";

// A consent record keeps a peppered SHA-256 (HMAC) of the address it came from: enough to show
// two records came from the same place, never the address itself. The pepper is the NEXTAUTH
// secret, so the hash cannot be reversed by trying every address without it.
export function hashConsentAddress(address: string): string | null {
  const value = address.trim().toLowerCase();
  if (!value || value === "unknown") return null;
  return createHmac("sha256", authSecret()).update(`consent-ip:${value}`).digest("hex");
}
