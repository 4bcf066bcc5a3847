import { z } from "zod";
import { idField, optionalText, text, versionField } from "@/lib/shared/zod-fields";
import { phraseKey } from "@/lib/learn/phrases";
import { idList } from "@/lib/learn/id-list";

// Key phrases typed one per line (or separated by semicolons or commas), or sent as a list.
const keyPhrasesField = z
  .union([z.string().max(2000, "Use at most 2,000 characters of key phrases."), z.array(z.string().max(200))])
  .optional()
  .transform((v, ctx) => {
    const parts = (Array.isArray(v) ? v : (v ?? "").split(/[\n;,]/)).map((p) => p.trim().replace(/\s+/g, " ")).filter(Boolean);
    const unique = [...new Map(parts.map((p) => [p.toLowerCase(), p])).values()];
    if (unique.length > 10) {
      ctx.addIssue({ code: "custom", message: "Use at most 10 key phrases." });
      return z.NEVER;
    }
    const bad = unique.filter((p) => p.length > 80 || phraseKey(p) === null);
    if (bad.length) {
      ctx.addIssue({ code: "custom", message: `“${bad[0]}” cannot be matched: use one to four words that are not all little words like “the”.` });
      return z.NEVER;
    }
    return unique;
  });

const label = text("A label", 2, 80);
const description = optionalText("The description", 1000).transform((v) => v ?? "");

export const CreateThemeInput = z.object({
  campaignId: idField,
  label,
  description,
  keyPhrases: keyPhrasesField,
});
export type CreateThemeInput = z.infer<typeof CreateThemeInput>;

// Accepting a suggestion: the person may reword the label; the key phrases choose the items.
export const AcceptSuggestionInput = z.object({
  campaignId: idField,
  label,
  description,
  keyPhrases: keyPhrasesField.pipe(z.array(z.string()).min(1, "A suggestion needs at least one key phrase.")),
});
export type AcceptSuggestionInput = z.infer<typeof AcceptSuggestionInput>;

export const UpdateThemeInput = z.object({
  themeId: idField,
  version: versionField,
  label,
  description,
  keyPhrases: keyPhrasesField,
});
export type UpdateThemeInput = z.infer<typeof UpdateThemeInput>;

export const ReviewTagsInput = z.object({
  themeId: idField,
  itemIds: idList(1, 200, "Select at least one item.", "Select at most 200 items at once."),
  decision: z.enum(["confirm", "untag"], { error: "Choose confirm or untag." }),
});
export type ReviewTagsInput = z.infer<typeof ReviewTagsInput>;

const lessonFields = {
  title: text("A title", 3, 160),
  whatWeHeard: text("What we heard", 10, 5000),
  rootCause: text("The root cause", 10, 5000),
  whatChanges: text("What changes so it never happens again", 10, 5000),
  themeIds: idList(1, 20, "Link the lesson to at least one theme.", "Link at most 20 themes."),
  feedbackIds: idList(0, 20, "", "Choose at most 20 representative items."),
};

export const CreateLessonInput = z.object({ campaignId: idField, ...lessonFields });
export type CreateLessonInput = z.infer<typeof CreateLessonInput>;

export const UpdateLessonInput = z.object({ lessonId: idField, version: versionField, ...lessonFields });
export type UpdateLessonInput = z.infer<typeof UpdateLessonInput>;
