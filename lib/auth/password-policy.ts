import { z } from "zod";
import { COMMON_PASSWORDS } from "@/lib/auth/common-passwords";

// At least 12 characters (NIST SP 800-63B allows long passphrases; no composition rules) and not
// one of the most common passwords.
export const MIN_PASSWORD_LENGTH = 12;

export const passwordField = z
  .string({ error: "Password is required." })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, "Use at most 256 characters.")
  .refine((p) => !isCommonPassword(p), "This password is too common. Choose a longer, less predictable one.");

export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (COMMON_PASSWORDS.has(p)) return true;
  // A single repeated character or a run of digits is as guessable as a listed password.
  return /^(.)\1+$/.test(p) || /^\d+$/.test(p);
}
