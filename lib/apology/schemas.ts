import { z } from "zod";
import { idField, MAX_DB_INT, text, versionField } from "@/lib/shared/zod-fields";
import { slugify } from "@/lib/shared/slug";

export const MAX_APOLOGY_LENGTH = 20_000;

export const CreateVariantInput = z.object({
  campaignId: idField,
  channel: z.string().trim().max(40, "Use at most 40 characters.").optional(),
  customName: z.string().trim().max(80, "Use at most 80 characters.").optional(),
}).transform((v, ctx) => {
  const channel = v.channel && v.channel !== "custom" ? v.channel : slugify(v.customName ?? "", 40);
  if (!channel) {
    ctx.addIssue({ code: "custom", path: ["customName"], message: "Name the channel, e.g. “In-app banner”." });
    return z.NEVER;
  }
  return { campaignId: v.campaignId, channel, customName: v.customName };
});

export const SaveDraftInput = z.object({
  apologyId: idField,
  // The version number the editor started from (0 when there is none yet).
  baseNumber: z.coerce.number().int().min(0).max(MAX_DB_INT),
  body: z.string().max(MAX_APOLOGY_LENGTH, `An apology must be at most ${MAX_APOLOGY_LENGTH} characters.`),
});

export const RestoreVersionInput = z.object({
  apologyId: idField,
  number: z.coerce.number().int().min(1).max(MAX_DB_INT),
  baseNumber: z.coerce.number().int().min(0).max(MAX_DB_INT),
});

export const SubmitInput = z.object({ apologyId: idField, number: z.coerce.number().int().min(1).max(MAX_DB_INT) });

export const ApproveInput = z.object({
  apologyId: idField,
  number: z.coerce.number().int().min(1).max(MAX_DB_INT),
  comment: z.string().trim().max(2000, "Use at most 2,000 characters.").optional().default(""),
});

export const RequestChangesInput = z.object({
  apologyId: idField,
  number: z.coerce.number().int().min(1).max(MAX_DB_INT),
  comment: text("A comment saying what to change", 3, 2000),
});

export const PublishInput = z.object({
  apologyId: idField,
  expectedVersion: versionField,
  changeSummary: z.string().trim().max(500, "Use at most 500 characters.").optional().default(""),
});
