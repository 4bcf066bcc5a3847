import { z } from "zod";
import { checkbox, dateField, idField, optionalText, text, versionField } from "@/lib/shared/zod-fields";
import { idList } from "@/lib/learn/id-list";
import { TRUST_ELEMENTS } from "@/lib/commitments/elements";
import { COMMITMENT_STATUSES, endOfDayUtc } from "@/lib/commitments/status";

const commitmentFields = {
  title: text("A title", 3, 160),
  description: optionalText("The description", 5000).transform((v) => v ?? ""),
  ownerId: idField.refine((v) => v !== "", "Choose an owner."),
  // A day: the commitment is due by the end of it (UTC).
  dueDate: dateField("The due date").transform(endOfDayUtc),
  trustElement: z.enum(TRUST_ELEMENTS, { error: "Choose the element of trust it rebuilds." }),
  isPublic: checkbox,
  lessonIds: idList(0, 20, "", "Link at most 20 lessons."),
};

export const CreateCommitmentInput = z.object({ campaignId: idField, ...commitmentFields });
export type CreateCommitmentInput = z.infer<typeof CreateCommitmentInput>;

export const UpdateCommitmentInput = z.object({ commitmentId: idField, version: versionField, ...commitmentFields });
export type UpdateCommitmentInput = z.infer<typeof UpdateCommitmentInput>;

const optionalInt = z
  .union([z.literal(""), z.coerce.number({ error: "Progress is a number from 0 to 100." })])
  .optional()
  .transform((v) => (v === "" || v === undefined ? undefined : v))
  .pipe(z.number().int("Progress is a whole number.").min(0, "Progress is at least 0.").max(100, "Progress is at most 100.").optional());

// An entry on the updates timeline: what happened, and optionally a new progress and status.
export const PostUpdateInput = z
  .object({
    commitmentId: idField,
    version: versionField,
    text: optionalText("The update", 5000),
    progress: optionalInt,
    status: z.union([z.literal(""), z.enum(COMMITMENT_STATUSES, { error: "Choose a status." })]).optional().transform((v) => v || undefined),
    reason: optionalText("The reason", 2000),
  })
  .refine((v) => v.text || v.progress !== undefined || v.status, { message: "Write an update, or change the progress or the status.", path: ["text"] });
export type PostUpdateInput = z.infer<typeof PostUpdateInput>;
