// How the columns of an imported feedback file become feedback items: the mapping (guessed from
// headers, or given on the command line), row validation, channel names, duplicate keys, and the
// byte-level chores (encoding, delimiter) that decide whether a file reads at all.
import { createHash } from "node:crypto";
import { z } from "zod";
import { parseReceivedAt } from "@/lib/feedback/parse-received-at";

export const FEEDBACK_FIELDS = ["text", "author", "url", "receivedAt", "externalId", "channel"] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

export const FEEDBACK_CHANNELS = ["SOCIAL", "REVIEW", "COMMENT", "SUPPORT", "EMAIL", "SURVEY", "PUBLIC_FORM", "API", "OTHER"] as const;
export type FeedbackChannelValue = (typeof FEEDBACK_CHANNELS)[number];

// A column name, or the same value for every row (a file exported from one platform has no channel column).
export type ColumnSource = string | { const: string };
export type CsvMapping = { text: ColumnSource } & Partial<Record<Exclude<FeedbackField, "text">, ColumnSource>>;

const ColumnSourceSchema = z.union([z.string().trim().min(1).max(200), z.object({ const: z.string().max(200) }).strict()]);
// For the mapping stored on ImportJob / ImportMapping (Json columns): checked again when read back.
export const CsvMappingSchema = z
  .object({
    text: ColumnSourceSchema,
    author: ColumnSourceSchema.optional(),
    url: ColumnSourceSchema.optional(),
    receivedAt: ColumnSourceSchema.optional(),
    externalId: ColumnSourceSchema.optional(),
    channel: ColumnSourceSchema.optional(),
  })
  .strict();

export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

// "text=Message,channel=const:SOCIAL". Column names containing a comma cannot be written this way.
export function parseMappingArg(arg: string): Result<CsvMapping> {
  const mapping: Partial<Record<FeedbackField, ColumnSource>> = {};
  for (const part of arg.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    const field = (eq < 0 ? part : part.slice(0, eq)).trim();
    const source = eq < 0 ? "" : part.slice(eq + 1).trim();
    if (!(FEEDBACK_FIELDS as readonly string[]).includes(field)) {
      return { ok: false, reason: `Unknown field "${field}"; fields are ${FEEDBACK_FIELDS.join(", ")}.` };
    }
    if (!source) return { ok: false, reason: `"${field}" needs a column name, as in ${field}=Column or ${field}=const:VALUE.` };
    if (field in mapping) return { ok: false, reason: `"${field}" is mapped twice.` };
    if (source.startsWith("const:")) {
      const value = source.slice(6).trim();
      // A typo here would quietly file every row under OTHER.
      if (field === "channel" && normalizeChannel(value) === "OTHER" && value.toUpperCase() !== "OTHER") {
        return { ok: false, reason: `Unknown channel "${value}"; use one of ${FEEDBACK_CHANNELS.join(", ")}.` };
      }
      mapping[field as FeedbackField] = { const: value };
    } else mapping[field as FeedbackField] = source;
  }
  if (!mapping.text) return { ok: false, reason: 'The mapping needs a text column, as in "text=Message".' };
  return { ok: true, value: mapping as CsvMapping };
}

const normalizeHeader = (h: string) =>
  h
    .trim()
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

// Exact header names first, best first; then single words inside longer headers ("Review Body").
const EXACT: Record<FeedbackField, string[]> = {
  text: ["text", "message", "body", "comment", "review", "content", "feedback", "review_text", "comment_text", "message_text", "tweet", "post"],
  externalId: ["external_id", "id", "tweet_id", "review_id", "comment_id", "ticket_id", "message_id", "post_id"],
  receivedAt: ["received_at", "date", "created_at", "timestamp", "time", "datetime", "created", "posted_at", "published_at", "submitted_at"],
  url: ["url", "link", "permalink", "review_url", "tweet_url", "post_url"],
  author: ["author", "user", "username", "user_name", "screen_name", "handle", "name", "author_name", "reviewer", "customer"],
  channel: ["channel", "source", "platform", "network"],
};
const WORDS: Record<FeedbackField, string[]> = {
  text: ["message", "body", "comment", "review", "text", "content", "feedback"],
  externalId: ["id"],
  receivedAt: ["date", "timestamp", "time", "created"],
  url: ["url", "link", "permalink"],
  author: ["author", "user", "username", "handle", "reviewer"],
  channel: ["channel", "source", "platform", "network"],
};

export function guessMapping(headers: string[]): Partial<Record<FeedbackField, string>> {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const guess: Partial<Record<FeedbackField, string>> = {};
  const take = (field: FeedbackField, index: number) => {
    guess[field] = headers[index];
    used.add(index);
  };
  for (const field of FEEDBACK_FIELDS) {
    for (const name of EXACT[field]) {
      const i = normalized.findIndex((h, idx) => h === name && !used.has(idx));
      if (i >= 0 && !guess[field]) take(field, i);
    }
  }
  for (const field of FEEDBACK_FIELDS) {
    if (guess[field]) continue;
    const i = normalized.findIndex((h, idx) => !used.has(idx) && h.split("_").some((w) => WORDS[field].includes(w)));
    if (i >= 0) take(field, i);
  }
  return guess;
}

// Columns the mapping names that the file does not have (compared loosely, like mapRow reads them).
export function missingColumns(mapping: CsvMapping, headers: string[]): string[] {
  const have = new Set(headers.map(looseKey));
  return Object.values(mapping).filter((s): s is string => typeof s === "string" && !have.has(looseKey(s)));
}

const looseKey = (s: string) => s.trim().toLowerCase();

const CHANNEL_ALIASES: [FeedbackChannelValue, string[]][] = [
  ["SOCIAL", ["social", "twitter", "x", "x com", "facebook", "instagram", "tiktok", "linkedin", "threads", "mastodon", "bluesky", "reddit", "youtube"]],
  ["REVIEW", ["review", "reviews", "trustpilot", "google reviews", "app store", "google play", "play store", "yelp", "tripadvisor", "g2", "capterra"]],
  ["SUPPORT", ["support", "zendesk", "intercom", "ticket", "tickets", "freshdesk", "help scout", "helpdesk", "live chat", "chat"]],
  ["EMAIL", ["email", "e mail", "mail", "inbox"]],
  ["SURVEY", ["survey", "nps", "typeform", "qualtrics", "surveymonkey"]],
  ["COMMENT", ["comment", "comments", "blog", "forum", "community"]],
  ["PUBLIC_FORM", ["public form", "form", "web form", "contact form"]],
  ["API", ["api", "webhook"]],
  ["OTHER", ["other"]],
];

// Known names are matched whole first ("x" only as itself), then as words inside a longer label
// ("Twitter DM", "Trustpilot export"); anything else is OTHER rather than a refused row.
export function normalizeChannel(value: string): FeedbackChannelValue {
  const v = value.trim().toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  if (!v) return "OTHER";
  for (const [channel, names] of CHANNEL_ALIASES) if (names.includes(v)) return channel;
  const padded = ` ${v} `;
  for (const [channel, names] of CHANNEL_ALIASES) {
    if (names.some((n) => n.length > 2 && padded.includes(` ${n} `))) return channel;
  }
  return "OTHER";
}

export type MappedRow = {
  text: string;
  author?: string;
  url?: string;
  receivedAt: Date;
  externalId?: string;
  channel: FeedbackChannelValue;
};

const optional = (label: string, max: number) =>
  z.string().trim().max(max, `${label} is longer than ${max} characters.`).optional().transform((v) => v || undefined);

const RowSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, "The text is empty.")
    .max(10_000, "The text is longer than 10,000 characters."),
  author: optional("The author", 200),
  externalId: optional("The external id", 200),
  url: z
    .string()
    .trim()
    .max(2048, "The link is longer than 2,048 characters.")
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "The link must be an http(s) address." }).optional()),
});

// An import is a file from the past: a date after now (beyond clock skew) is a zone or format mistake.
const FUTURE_TOLERANCE_MS = 10 * 60_000;

export function mapRow(
  row: Record<string, string>,
  mapping: CsvMapping,
  opts: { defaultTimeZone: string; now: Date },
): Result<MappedRow> {
  const loose = new Map(Object.entries(row).map(([k, v]) => [looseKey(k), v]));
  const read = (source: ColumnSource | undefined): string | undefined => {
    if (source === undefined) return undefined;
    if (typeof source !== "string") return source.const;
    return row[source] ?? loose.get(looseKey(source));
  };

  const parsed = RowSchema.safeParse({
    text: read(mapping.text) ?? "",
    author: read(mapping.author),
    externalId: read(mapping.externalId),
    url: read(mapping.url),
  });
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => i.message).join(" ") };

  const rawDate = read(mapping.receivedAt)?.trim();
  let receivedAt = opts.now;
  if (rawDate) {
    const d = parseReceivedAt(rawDate, opts.defaultTimeZone);
    if (typeof d === "string") return { ok: false, reason: d };
    if (d.getTime() > opts.now.getTime() + FUTURE_TOLERANCE_MS) {
      return { ok: false, reason: `"${rawDate}" is in the future; check the date format and time zone.` };
    }
    receivedAt = d;
  }

  const { text, author, externalId, url } = parsed.data;
  return {
    ok: true,
    value: {
      text,
      receivedAt,
      channel: normalizeChannel(read(mapping.channel) ?? ""),
      ...(author && { author }),
      ...(url && { url }),
      ...(externalId && { externalId }),
    },
  };
}

// Case, spacing and Unicode compatibility forms do not make a different message: a post copied
// from two exports is still one complaint.
export function contentHash(text: string): string {
  const normalized = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalized, "utf8").digest("hex");
}

export function dedupeKey(item: { externalId?: string | null; text: string }): string {
  const ext = item.externalId?.trim();
  return ext ? `ext:${ext}` : `hash:${contentHash(item.text)}`;
}

const DELIMITERS = [",", ";", "\t", "|"] as const;

// Per delimiter, how many times it splits each of the first records (quotes respected, so commas
// inside "…" do not count). The winner splits the header and agrees with it most often; Excel in
// much of Europe writes ";", other tools tabs or pipes.
export function detectDelimiter(sample: string): string {
  const records: Record<string, number>[] = [];
  let counts: Record<string, number> = {};
  let inQuotes = false;
  for (let i = 0; i < sample.length && records.length < 10; i++) {
    const c = sample[i];
    if (c === '"') {
      if (inQuotes && sample[i + 1] === '"') i++; // "" inside quotes is a literal quote
      else inQuotes = !inQuotes;
    } else if (!inQuotes && (c === "\n" || c === "\r")) {
      if (c === "\r" && sample[i + 1] === "\n") i++;
      records.push(counts);
      counts = {};
    } else if (!inQuotes && (DELIMITERS as readonly string[]).includes(c)) counts[c] = (counts[c] ?? 0) + 1;
  }
  if (Object.keys(counts).length) records.push(counts);
  let best = ",";
  let bestScore = [0, 0];
  for (const d of DELIMITERS) {
    const header = records[0]?.[d] ?? 0;
    if (!header) continue;
    const agreeing = records.filter((r) => (r[d] ?? 0) === header).length;
    if (agreeing > bestScore[0] || (agreeing === bestScore[0] && header > bestScore[1])) {
      best = d;
      bestScore = [agreeing, header];
    }
  }
  return best;
}

// Bytes 0x80–0x9F of Windows-1252 (€, curly quotes, dashes…); every other byte is its own code point.
// Decoded by hand because Node 20's TextDecoder("windows-1252") silently decodes ISO-8859-1 instead.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(buf: Uint8Array): string {
  const units = new Uint16Array(buf.length);
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    units[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  // In chunks: spreading megabytes of arguments into one call overflows the stack.
  const chunks: string[] = [];
  for (let i = 0; i < units.length; i += 8192) chunks.push(String.fromCharCode.apply(null, Array.from(units.subarray(i, i + 8192))));
  return chunks.join("");
}

// Spreadsheet exports arrive as UTF-8 (with or without BOM), UTF-16 from "Unicode text" saves, or
// Windows-1252 from older Excel. Invalid UTF-8 is the tell-tale of the last one.
export function decodeCsvBytes(buf: Uint8Array): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder("utf-8", { ignoreBOM: true }).decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be", { ignoreBOM: true }).decode(buf.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return decodeWindows1252(buf);
  }
}
