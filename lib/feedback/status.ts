// Feedback status moves forward NEW → IN_PROGRESS → RESPONDED → CLOSED; a closed or answered item
// may be reopened into IN_PROGRESS when the customer writes back. Pure.
export type FeedbackStatusValue = "NEW" | "IN_PROGRESS" | "RESPONDED" | "CLOSED";

const ALLOWED: Record<FeedbackStatusValue, FeedbackStatusValue[]> = {
  NEW: ["IN_PROGRESS", "RESPONDED", "CLOSED"],
  IN_PROGRESS: ["RESPONDED", "CLOSED"],
  RESPONDED: ["CLOSED", "IN_PROGRESS"],
  CLOSED: ["IN_PROGRESS"],
};

export function canChangeFeedbackStatus(from: FeedbackStatusValue, to: FeedbackStatusValue): boolean {
  return from === to || ALLOWED[from].includes(to);
}

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatusValue, string> = {
  NEW: "New",
  IN_PROGRESS: "In progress",
  RESPONDED: "Responded",
  CLOSED: "Closed",
};
