import { submitPublicFeedbackFrom } from "@/lib/feedback/public-form";
import { outcomeOfFeedback } from "@/lib/feedback/public-form-outcomes";
import { feedbackOutcomePath } from "@/lib/following/paths";
import { publicFormPost } from "@/lib/public/form-post";

// The feedback form of a public page (components/public/feedback-form.tsx): the message lands in
// the campaign's inbox as PUBLIC_FORM (lib/feedback/public-form.ts: per-address limit, honeypot,
// length limits), and the answer is the page that says what happened.
export const POST = publicFormPost({
  submit: submitPublicFeedbackFrom,
  answer: (org, campaign, state) => feedbackOutcomePath(org, campaign, outcomeOfFeedback(state)),
  kept: ["text", "name", "contact"],
});
