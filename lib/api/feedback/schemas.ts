// The REST API's feedback schemas: parsed by the handlers and turned into the OpenAPI document.
// Pure (no Next, no Prisma).
import { z } from "zod";
import { FEEDBACK_CHANNELS, normalizeChannel } from "@/lib/feedback/csv-mapping";
import { SLUG_PATTERN } from "@/lib/shared/slug";
import { apiSchemas } from "@/lib/api/schemas";

export const MAX_BATCH = 1000;
export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;
// Listening tools' clocks drift a little; a time much later than now is a zone mistake.
const FUTURE_TOLERANCE_MS = 10 * 60_000;

export const FEEDBACK_STATUSES = ["NEW", "IN_PROGRESS", "RESPONDED", "CLOSED"] as const;
export const SENTIMENT_LABELS = ["NEGATIVE", "NEUTRAL", "POSITIVE"] as const;

export const CampaignPathParams = z.object({
  slug: z.string().max(60).regex(SLUG_PATTERN).register(apiSchemas, { description: "The campaign's short name, as in its URL." }),
});

// Channel names or the usual platform names ("twitter", "trustpilot", "zendesk"); anything else is
// refused rather than quietly filed under OTHER.
const channelField = z
  .string()
  .trim()
  .min(1, "The channel is empty.")
  .max(50, "The channel is longer than 50 characters.")
  .transform((v, ctx) => {
    const channel = normalizeChannel(v);
    if (channel === "OTHER" && v.trim().toUpperCase() !== "OTHER") {
      ctx.addIssue({ code: "custom", message: `Unknown channel "${v}"; use one of ${FEEDBACK_CHANNELS.join(", ")}.` });
      return z.NEVER;
    }
    return channel;
  })
  .register(apiSchemas, {
    description: `One of ${FEEDBACK_CHANNELS.join(", ")} (any case), or a platform name such as twitter, trustpilot or zendesk. Defaults to API.`,
    examples: ["SOCIAL", "trustpilot"],
  });

const receivedAtField = z.iso
  .datetime({ offset: true, error: "Use an ISO 8601 date and time with a zone, e.g. 2026-03-03T09:00:00Z." })
  .transform((v) => new Date(v))
  .refine((d) => d.getTime() <= Date.now() + FUTURE_TOLERANCE_MS, "receivedAt is in the future; check the time zone.")
  .register(apiSchemas, { description: "When the customer said it (ISO 8601 with a zone). Defaults to the time of the request." });

const optionalString = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is empty; leave it out instead.`).max(max, `${label} is longer than ${max} characters.`);

export const FeedbackItemInput = z
  .object({
    text: z.string().trim().min(1, "The text is empty.").max(10_000, "The text is longer than 10,000 characters."),
    channel: channelField.optional(),
    receivedAt: receivedAtField.optional(),
    externalId: optionalString("externalId", 200).optional().register(apiSchemas, {
      description: "The item's id in the source system. Sending the same id again is skipped as a duplicate (idempotent); without it, duplicates are recognized by their text.",
    }),
    author: optionalString("author", 200).optional().register(apiSchemas, { description: "Name or handle of the customer." }),
    url: z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "url must be an http(s) address." })
      .max(2048, "url is longer than 2,048 characters.")
      .optional()
      .register(apiSchemas, { description: "Link to the original post, review or ticket." }),
  })
  .strict()
  .register(apiSchemas, { id: "FeedbackItemInput", description: "One piece of customer feedback." });

export const FeedbackBatchInput = z
  .object({
    items: z
      .array(FeedbackItemInput)
      .min(1, "Send at least one item.")
      .max(MAX_BATCH, `Send at most ${MAX_BATCH.toLocaleString("en")} items per request; split larger batches.`),
  })
  .strict()
  .register(apiSchemas, { id: "FeedbackBatchInput", description: `Up to ${MAX_BATCH} items, stored all or nothing.` });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isSingle = (raw: unknown) => isRecord(raw) && !("items" in raw);

// A single item is handled as a batch of one; its errors point at its own fields.
export const PostFeedbackBody = z.preprocess((raw) => (isSingle(raw) ? { items: [raw] } : raw), FeedbackBatchInput);
export const PostFeedbackBodyDoc = z
  .union([FeedbackItemInput, FeedbackBatchInput])
  .register(apiSchemas, { id: "FeedbackRequest", description: "One item, or a batch of items." });
export const postFeedbackIssuePath = (path: PropertyKey[], raw: unknown) =>
  isSingle(raw) && path[0] === "items" && path[1] === 0 ? path.slice(2) : path;

export const IngestResultOutput = z
  .object({
    created: z.int().min(0).register(apiSchemas, { description: "Items stored by this request." }),
    duplicates: z.int().min(0).register(apiSchemas, { description: "Items skipped because the campaign already had them (same externalId, or same text without one)." }),
  })
  .register(apiSchemas, { id: "IngestResult" });

const dateOrDateTime = (label: string) =>
  z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: `${label} must be an ISO 8601 date or date-time with a zone.` })
    .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v));

export const ListFeedbackQuery = z.object({
  channel: z
    .enum(FEEDBACK_CHANNELS, { error: `channel must be one of ${FEEDBACK_CHANNELS.join(", ")}.` })
    .optional()
    .register(apiSchemas, { description: "Only items from this channel." }),
  status: z
    .enum(FEEDBACK_STATUSES, { error: `status must be one of ${FEEDBACK_STATUSES.join(", ")}.` })
    .optional()
    .register(apiSchemas, { description: "Only items in this inbox status." }),
  sentiment: z
    .enum(SENTIMENT_LABELS, { error: `sentiment must be one of ${SENTIMENT_LABELS.join(", ")}.` })
    .optional()
    .register(apiSchemas, { description: "Only items with this sentiment label." }),
  since: dateOrDateTime("since").optional().register(apiSchemas, { description: "Only items received at or after this time." }),
  until: dateOrDateTime("until").optional().register(apiSchemas, { description: "Only items received before this time." }),
  q: z.string().trim().min(1).max(200, "q is longer than 200 characters.").optional().register(apiSchemas, { description: "Words the text contains (a plain substring match)." }),
  cursor: z.string().max(200).optional().register(apiSchemas, { description: "nextCursor from the previous page." }),
  limit: z.coerce
    .number({ error: "limit must be a number." })
    .int("limit must be a whole number.")
    .min(1, "limit must be at least 1.")
    .max(MAX_PAGE, `limit must be at most ${MAX_PAGE}.`)
    .default(DEFAULT_PAGE)
    .register(apiSchemas, { description: `Items per page (at most ${MAX_PAGE}).` }),
});

const isoOutput = () => z.iso.datetime();

export const FeedbackItemOutput = z
  .object({
    id: z.string(),
    externalId: z.string().nullable(),
    channel: z.enum(FEEDBACK_CHANNELS),
    text: z.string(),
    authorName: z.string().nullable(),
    authorHandle: z.string().nullable(),
    url: z.string().nullable(),
    receivedAt: isoOutput(),
    sentimentScore: z.number(),
    sentimentLabel: z.enum(SENTIMENT_LABELS),
    status: z.enum(FEEDBACK_STATUSES),
    isSuggestion: z.boolean(),
    respondedAt: isoOutput().nullable(),
    createdAt: isoOutput(),
  })
  .register(apiSchemas, { id: "FeedbackItem" });

export const FeedbackPageOutput = z
  .object({
    items: z.array(FeedbackItemOutput),
    nextCursor: z.string().nullable().register(apiSchemas, { description: "Pass as cursor for the next page; null on the last page." }),
  })
  .register(apiSchemas, { id: "FeedbackPage", description: "Newest first (by receivedAt)." });
