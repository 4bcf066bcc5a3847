import { z } from "zod";
import { idField, text, versionField, checkbox } from "@/lib/shared/zod-fields";
import { FEEDBACK_STATUSES, SENTIMENTS } from "@/lib/feedback/inbox-filters";

export const ReplyInput = z.object({
  itemId: idField,
  version: versionField,
  text: text("The reply", 2, 5000),
});

export const UpdateFeedbackInput = z.object({
  itemId: idField,
  version: versionField,
  status: z.enum(FEEDBACK_STATUSES, { error: "Choose a status." }).optional(),
  // A member's user id, or "" to unassign.
  assigneeId: z.string().trim().max(64).optional(),
  isSuggestion: checkbox.optional(),
  internalNote: z.string().trim().max(5000, "Use at most 5,000 characters.").optional(),
});

export const OverrideSentimentInput = z.object({
  itemId: idField,
  version: versionField,
  label: z.enum(SENTIMENTS, { error: "Choose a sentiment." }),
});

const idList = z
  .union([idField, z.array(idField)])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(z.array(idField).min(1, "Select at least one item.").max(200, "Select at most 200 items at once."));

export const BulkUpdateInput = z
  .object({
    ids: idList,
    status: z.enum(FEEDBACK_STATUSES).optional().or(z.literal("").transform(() => undefined)),
    assigneeId: z.string().trim().max(64).optional(),
    themeId: z.string().trim().max(64).optional(),
  })
  .refine((v) => v.status || v.assigneeId || v.themeId, { message: "Choose what to change.", path: ["_form"] });

export const SavedReplyInput = z.object({
  title: text("Title", 2, 120),
  body: text("Reply", 2, 5000),
});

export const DeleteSavedReplyInput = z.object({ id: idField });
