import type { FormState } from "@/lib/actions/form-state";
import { PUBLIC_TEXT_MAX, PUBLIC_TEXT_MIN } from "@/lib/feedback/public-form-fields";
import type { OutcomeText } from "@/lib/following/outcomes";

// What a person sees after sending the public feedback form: one static page per outcome under
// the campaign's page (/p/<org>/<campaign>/feedback/<outcome>), so the form is a plain HTML form
// and the public page ships no script. A refusal answers its page with the form again, holding
// what the person typed (lib/public/form-post.ts). Pure. (The follow form works the same way:
// lib/following/outcomes.ts.)

export const FEEDBACK_OUTCOMES = ["sent", "check-message", "too-many", "unavailable", "failed"] as const;
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];

export const isFeedbackOutcome = (value: string): value is FeedbackOutcome => (FEEDBACK_OUTCOMES as readonly string[]).includes(value);

export const FEEDBACK_OUTCOME_TEXT: Record<FeedbackOutcome, OutcomeText> = {
  sent: {
    title: "Thank you",
    body: () => "Your message reached the team; a person reads every one. If you left an email address or a handle, they may answer you there.",
    problem: false,
    form: false,
  },
  "check-message": {
    title: "Please check your message",
    body: () =>
      `A message needs between ${PUBLIC_TEXT_MIN} and ${PUBLIC_TEXT_MAX.toLocaleString("en")} characters (spaces at the ends do not count), a name at most 120 and a contact at most 254, as an email address or a handle such as @name. Nothing was sent yet; what you wrote is below.`,
    problem: true,
    form: true,
  },
  "too-many": {
    title: "Please wait a little",
    body: () => "Several messages came from here in a few minutes. Please wait ten minutes, then send yours again: what you wrote is below.",
    problem: true,
    form: true,
  },
  unavailable: {
    title: "This page is not taking messages",
    body: (c) => `Messages about “${c}” cannot be sent here at the moment.`,
    problem: true,
    form: false,
  },
  failed: {
    title: "Something went wrong on our side",
    body: () => "Nothing was sent. Please try again in a moment: what you wrote is below.",
    problem: true,
    form: true,
  },
};

// The outcome of a submission, from the action wrapper's form state.
export function outcomeOfFeedback(state: FormState): FeedbackOutcome {
  if (state.ok) return "sent";
  switch (state.status) {
    case 422: return "check-message";
    case 429: return "too-many";
    case 404: return "unavailable";
    default: return "failed";
  }
}
