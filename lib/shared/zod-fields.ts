import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/shared/slug";

// Field schemas shared by every form: trimmed text with limits and plain-language messages.
export const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(min, min <= 1 ? `${label} is required.` : `${label} needs at least ${min} characters.`)
    .max(max, `${label} must be at most ${max} characters.`);

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .max(60, "The short name must be at most 60 characters.")
  .refine((v) => v === "" || SLUG_PATTERN.test(v), "Use lowercase letters, digits and hyphens only.");

export const idField = z.string().trim().min(1, "Missing id.").max(64, "Invalid id.");

// The largest value an integer column holds on PostgreSQL (SQLite's go further): a number from a
// form beyond it would reach the database as an error, not as "not found".
export const MAX_DB_INT = 2_147_483_647;

export const versionField = z.coerce
  .number({ error: "Missing version." })
  .int("Invalid version.")
  .min(1, "Invalid version.")
  .max(MAX_DB_INT, "Invalid version.");

// A date or datetime-local value without a zone is read as UTC (the UI says so), never as the
// server's local time.
export function parseDateInput(v: string): Date {
  const bare = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(v);
  return new Date(bare ? (v.length === 10 ? `${v}T00:00:00Z` : `${v}Z`) : v);
}

// A <input type="date"> or datetime-local value, or an ISO string.
export const dateField = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(40, `${label} is not a date.`)
    .transform((v, ctx) => {
      const d = parseDateInput(v);
      if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1970 || d.getUTCFullYear() > 2200) {
        ctx.addIssue({ code: "custom", message: `${label} is not a valid date.` });
        return z.NEVER;
      }
      return d;
    });

export const optionalDateField = (label: string) =>
  z
    .string()
    .trim()
    .max(40, `${label} is not a date.`)
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const d = parseDateInput(v);
      if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1970 || d.getUTCFullYear() > 2200) {
        ctx.addIssue({ code: "custom", message: `${label} is not a valid date.` });
        return z.NEVER;
      }
      return d;
    });

// Checkbox: present ("on"/"true") or absent.
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const emailField = z
  .string({ error: "Email is required." })
  .trim()
  .toLowerCase()
  .max(254, "Email must be at most 254 characters.")
  .pipe(z.email("Enter a valid email address."));
