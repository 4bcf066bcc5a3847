import { z } from "zod";
import { checkbox, idField, text, versionField } from "@/lib/shared/zod-fields";
import { parseFramingOrigins } from "@/lib/stories/framing-origins";
import {
  CHANNEL_MAX, LINK_LABEL_MAX, LINK_MAX_DAYS, NAME_MAX, PERSONAL_LINK_DAYS, QUOTE_MAX, QUOTE_MIN, TAG_MAX, TAGS_MAX, TITLE_MAX, WORDING_MAX, WORDING_MIN,
} from "@/lib/stories/fields";

const nameField = z.string().trim().max(NAME_MAX, `A name must be at most ${NAME_MAX} characters.`).optional().default("");
const titleField = z.string().trim().max(TITLE_MAX, `A title or role must be at most ${TITLE_MAX} characters.`).optional().default("");
const quoteField = text("The story", QUOTE_MIN, QUOTE_MAX);
const wordingField = text("The consent statement", WORDING_MIN, WORDING_MAX);

export const sourceUrlField = z
  .string()
  .trim()
  .max(2000, "A link must be at most 2,000 characters.")
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    try {
      const u = new URL(v);
      if (u.protocol === "https:" || u.protocol === "http:") return u.toString();
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: "Enter a full web address starting with https://." });
    return z.NEVER;
  });

const channelField = z.string().trim().max(CHANNEL_MAX, `A channel must be at most ${CHANNEL_MAX} characters.`).optional().default("");

// A whole number from a form ("" means none) or from code.
const optionalInt = (min: number, max: number, message: string, fallback: number | null = null) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || (typeof v === "string" && v.trim() === "")) return fallback;
      const n = typeof v === "number" ? v : Number(v.trim());
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

const ratingField = optionalInt(1, 5, "A rating is a whole number from 1 to 5.");

// "Support, pricing,  support" → "support,pricing": trimmed, lower-case, no repeats.
export function normalizeTags(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(",")) {
    const tag = part.trim().toLowerCase().replace(/\s+/g, " ");
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

const tagsField = z
  .string()
  .max(1000, "Too many tags.")
  .optional()
  .transform((v, ctx) => {
    const tags = normalizeTags(v ?? "");
    if (tags.length > TAGS_MAX) ctx.addIssue({ code: "custom", message: `Use at most ${TAGS_MAX} tags.` });
    if (tags.some((t) => t.length > TAG_MAX)) ctx.addIssue({ code: "custom", message: `Each tag must be at most ${TAG_MAX} characters.` });
    return tags.join(",");
  });

const featuredOrderField = optionalInt(1, 999, "The position is a whole number from 1 to 999, or empty.");

const daysField = (fallback: number | null) =>
  optionalInt(1, LINK_MAX_DAYS, `Enter a number of days from 1 to ${LINK_MAX_DAYS}, or leave it empty.`, fallback);

export const CreateStoryInput = z.object({
  campaignId: idField,
  authorName: nameField,
  authorTitle: titleField,
  quote: quoteField,
  sourceUrl: sourceUrlField,
  channel: channelField,
  rating: ratingField,
  tags: tagsField,
  incentivized: checkbox,
});
export type CreateStoryInput = z.infer<typeof CreateStoryInput>;

// Curation. The quote is not part of it: the customer's words are never edited.
export const UpdateStoryInput = z.object({
  storyId: idField,
  version: versionField,
  authorName: nameField,
  authorTitle: titleField,
  sourceUrl: sourceUrlField,
  channel: channelField,
  rating: ratingField,
  tags: tagsField,
  featuredOrder: featuredOrderField,
  incentivized: checkbox,
  excerpt: z.string().trim().max(QUOTE_MAX, "The excerpt is longer than the story.").optional().transform((v) => v || null),
});

export const PublishStoryInput = z.object({ storyId: idField, version: versionField });
export const UnpublishStoryInput = z.object({ storyId: idField });

export const RequestConsentInput = z.object({
  storyId: idField,
  version: versionField,
  consentWording: wordingField,
  expiresInDays: daysField(PERSONAL_LINK_DAYS),
});

export const RecordConsentInput = z.object({
  storyId: idField,
  version: versionField,
  decision: z.enum(["grant", "deny"], { error: "Choose whether the customer agreed or declined." }),
  method: text("How the customer told you", 3, 200),
  wording: wordingField,
});

export const WithdrawStoryInput = z.object({
  storyId: idField,
  reason: z.string().trim().max(500, "Use at most 500 characters.").optional().default(""),
});

export const FeatureFeedbackInput = z.object({
  feedbackItemId: idField,
  consentWording: wordingField,
  expiresInDays: daysField(PERSONAL_LINK_DAYS),
});

export const CreateRequestLinkInput = z.object({
  campaignId: idField,
  label: z.string().trim().max(LINK_LABEL_MAX, `A label must be at most ${LINK_LABEL_MAX} characters.`).optional().default(""),
  consentWording: wordingField,
  singleUse: checkbox,
  expiresInDays: daysField(null),
});

export const RevokeRequestLinkInput = z.object({ linkId: idField });

export const UpdateFramingOriginsInput = z.object({
  version: versionField,
  origins: z
    .string()
    .max(5000, "The list is too long.")
    .optional()
    .default("")
    .transform((v, ctx) => {
      const parsed = parseFramingOrigins(v);
      for (const message of parsed.errors) ctx.addIssue({ code: "custom", message });
      return parsed.origins;
    }),
});

// Customer-facing forms: the token in the link is the only scope.
export const linkTokenField = z.string({ error: "This link is not valid." }).trim().min(20, "This link is not valid.").max(200, "This link is not valid.");

const consentTick = checkbox;

export const SubmitStoryInput = z.object({
  token: linkTokenField,
  quote: quoteField,
  authorName: nameField,
  authorTitle: titleField,
  consent: consentTick.refine((v) => v, "Tick the box to agree, or close this page if you would rather not share your story."),
});

export const DecideConsentInput = z
  .object({
    token: linkTokenField,
    decision: z.enum(["grant", "deny"], { error: "Choose yes or no." }),
    authorName: nameField,
    authorTitle: titleField,
    consent: consentTick,
  })
  .superRefine((v, ctx) => {
    if (v.decision === "grant" && !v.consent) {
      ctx.addIssue({ code: "custom", path: ["consent"], message: "Tick the box to agree, or choose “No, thank you”." });
    }
  });

export const WithdrawConsentInput = z.object({ token: linkTokenField });

