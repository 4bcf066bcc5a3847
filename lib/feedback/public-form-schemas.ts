import { z } from "zod";
import { optionalText, text } from "@/lib/shared/zod-fields";
import { PUBLIC_TEXT_MAX, PUBLIC_TEXT_MIN } from "@/lib/feedback/public-form-fields";

const slug = z.string().trim().toLowerCase().min(1, "Missing campaign.").max(60, "Missing campaign.");

// An email address, or a handle ("@jane", "@jane@mastodon.social"): how the team may answer.
const contactField = z
  .string()
  .trim()
  .max(254, "Keep the email or handle under 254 characters.")
  .optional()
  .transform((v) => v || undefined)
  .superRefine((v, ctx) => {
    if (!v) return;
    if (/\s/.test(v)) ctx.addIssue({ code: "custom", message: "Enter one email address or handle, without spaces." });
    else if (!v.startsWith("@") && v.includes("@") && !z.email().safeParse(v).success) {
      ctx.addIssue({ code: "custom", message: "Enter a valid email address, or a handle such as @jane." });
    }
  });

export const SubmitPublicFeedbackInput = z.object({
  orgSlug: slug,
  campaignSlug: slug,
  // A textarea posts its line breaks as CRLF while the browser counted each as one character
  // against maxlength: counted the same way here, so a message the form allowed is not refused.
  text: z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v), text("Your message", PUBLIC_TEXT_MIN, PUBLIC_TEXT_MAX)),
  name: optionalText("Your name", 120),
  contact: contactField,
});
export type SubmitPublicFeedbackInput = z.infer<typeof SubmitPublicFeedbackInput>;
