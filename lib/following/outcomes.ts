import type { FormState } from "@/lib/actions/form-state";

// What a person sees after the follow form, a confirmation or an unsubscribe link: one static
// page per outcome under the campaign's page (/p/<org>/<campaign>/follow/<outcome>), so the form
// works as a plain HTML form and the public page stays static. Pure.

export const FOLLOW_OUTCOMES = ["check-inbox", "invalid-address", "too-many", "unavailable", "failed", "confirmed", "unsubscribed"] as const;
export type FollowOutcome = (typeof FOLLOW_OUTCOMES)[number];

export const isFollowOutcome = (value: string): value is FollowOutcome => (FOLLOW_OUTCOMES as readonly string[]).includes(value);

export type OutcomeText = {
  title: string;
  body: (campaignTitle: string) => string;
  // A refusal is announced as an alert; a success as a status.
  problem: boolean;
  // Whether the page offers the form again.
  form: boolean;
};

export const OUTCOME_TEXT: Record<FollowOutcome, OutcomeText> = {
  "check-inbox": {
    title: "Check your inbox",
    // The same words whether the address was new, waiting, or already following: the answer
    // never tells anyone whether an address follows this page.
    body: (c) => `If that address can follow “${c}”, a message with a confirmation link is on its way. Nothing else is sent until you open the link and confirm.`,
    problem: false,
    form: false,
  },
  "invalid-address": {
    title: "Please check the address",
    body: () => "That does not look like an email address. Please check it below.",
    problem: true,
    form: true,
  },
  "too-many": {
    title: "Please wait a little",
    body: () => "Several follow requests came from here, or for this address, in a short time. Please try again in an hour.",
    problem: true,
    form: false,
  },
  unavailable: {
    title: "Following by email is not available",
    body: () => "This page cannot be followed by email at the moment. Its Atom feed works in any feed reader.",
    problem: true,
    form: false,
  },
  failed: {
    title: "Something went wrong on our side",
    body: () => "Nothing was saved. Please try again in a moment.",
    problem: true,
    form: true,
  },
  confirmed: {
    title: "You follow this page now",
    body: (c) => `We will email you when “${c}” changes: the apology and its revisions, a promise's progress, new proof. Each message has a link to stop, one click, no sign-in.`,
    problem: false,
    form: false,
  },
  unsubscribed: {
    title: "You no longer follow this page",
    body: (c) => `We will send you nothing more about “${c}”, and we have erased your address. Changed your mind? You can follow again below.`,
    problem: false,
    form: true,
  },
};

// The outcome of a follow-form submission, from the action wrapper's form state.
export function outcomeOfFollow(state: FormState): FollowOutcome {
  if (state.ok) return "check-inbox";
  switch (state.status) {
    case 422: return "invalid-address";
    case 429: return "too-many";
    case 404: return "unavailable";
    default: return "failed";
  }
}
