// The apology review state machine. Pure.
// DRAFT → IN_REVIEW → CHANGES_REQUESTED | APPROVED → PUBLISHED; any save returns to DRAFT, which
// voids an approval (it belongs to one version). A published variant keeps its published version
// public while a revision goes through review again.

export type ReviewStateValue = "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED" | "PUBLISHED";
export type ReviewEvent = "save" | "submit" | "approve" | "requestChanges" | "publish";

const TRANSITIONS: Record<ReviewEvent, Partial<Record<ReviewStateValue, ReviewStateValue>>> = {
  save: { DRAFT: "DRAFT", IN_REVIEW: "DRAFT", CHANGES_REQUESTED: "DRAFT", APPROVED: "DRAFT", PUBLISHED: "DRAFT" },
  submit: { DRAFT: "IN_REVIEW", CHANGES_REQUESTED: "IN_REVIEW" },
  approve: { IN_REVIEW: "APPROVED" },
  requestChanges: { IN_REVIEW: "CHANGES_REQUESTED" },
  publish: { APPROVED: "PUBLISHED" },
};

export function nextReviewState(state: ReviewStateValue, event: ReviewEvent): ReviewStateValue | null {
  return TRANSITIONS[event][state] ?? null;
}

const EVENT_WORDS: Record<ReviewEvent, string> = {
  save: "edit",
  submit: "submit for review",
  approve: "approve",
  requestChanges: "request changes on",
  publish: "publish",
};

export const REVIEW_STATE_LABELS: Record<ReviewStateValue, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  PUBLISHED: "Published",
};

export function transitionRefusal(state: ReviewStateValue, event: ReviewEvent): string {
  return `You cannot ${EVENT_WORDS[event]} an apology that is ${REVIEW_STATE_LABELS[state].toLowerCase()}.`;
}
