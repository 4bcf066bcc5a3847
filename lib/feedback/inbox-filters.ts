import { z } from "zod";
import { FEEDBACK_CHANNELS } from "@/lib/feedback/csv-mapping";

// The inbox's filters, read from the URL. Anything malformed is dropped rather than refused: a
// bad link still shows the inbox. Pure.
export const FEEDBACK_STATUSES = ["NEW", "IN_PROGRESS", "RESPONDED", "CLOSED"] as const;
export const SENTIMENTS = ["NEGATIVE", "NEUTRAL", "POSITIVE"] as const;

const opt = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const InboxFilterSchema = z.object({
  channel: opt(z.enum(FEEDBACK_CHANNELS)),
  status: opt(z.enum(FEEDBACK_STATUSES)),
  sentiment: opt(z.enum(SENTIMENTS)),
  theme: opt(z.string().min(1).max(64)),
  // A member's user id, "me" or "none".
  assignee: opt(z.string().min(1).max(64)),
  overdue: opt(z.literal("1")),
  suggestion: opt(z.literal("1")),
  from: opt(day),
  to: opt(day),
  q: opt(z.string().trim().min(1).max(200)),
  sort: z.enum(["newest", "oldest"]).catch("newest").default("newest"),
  cursor: opt(z.string().max(120)),
});
export type InboxFilter = z.infer<typeof InboxFilterSchema>;

export function parseInboxFilter(params: Record<string, string | string[] | undefined>): InboxFilter {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === "string" && value !== "") flat[k] = value;
  }
  return InboxFilterSchema.parse(flat);
}

// Keyset cursor: the last row's receivedAt (ms) and id.
export function encodeCursor(receivedAt: Date, id: string): string {
  return `${receivedAt.getTime()}_${id}`;
}

export function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  const m = cursor?.match(/^(\d{1,15})_([A-Za-z0-9_-]{1,64})$/);
  return m ? { at: new Date(Number(m[1])), id: m[2] } : null;
}

// FTS5 treats quotes, stars and words like NEAR as syntax: search for the words only, each quoted,
// all required, the last as a prefix so results follow the typing.
export function ftsQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}

// The same words for PostgreSQL's to_tsquery: all required, the last as a prefix.
export function tsQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(" & ");
}

export function filterToSearchParams(filter: InboxFilter, overrides: Partial<InboxFilter> = {}): URLSearchParams {
  const merged = { ...filter, ...overrides };
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "" && !(k === "sort" && v === "newest")) out.set(k, String(v));
  return out;
}
