// A commitment's status, the moves between statuses and what each needs; overdue and due-soon.
// Pure: the server enforces these rules (lib/commitments/mutations.ts), the UI explains them.

export const COMMITMENT_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "MISSED", "DROPPED"] as const;
export type CommitmentStatusValue = (typeof COMMITMENT_STATUSES)[number];

export const STATUS_LABELS: Record<CommitmentStatusValue, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  MISSED: "Missed",
  DROPPED: "Dropped",
};

// Where a commitment may go from each status. A kept promise can be reopened (say, its proof was
// wrong); a missed one can still be delivered late; a dropped one can be taken up again.
const MOVES: Record<CommitmentStatusValue, CommitmentStatusValue[]> = {
  PLANNED: ["IN_PROGRESS", "DONE", "MISSED", "DROPPED"],
  IN_PROGRESS: ["DONE", "MISSED", "DROPPED"],
  DONE: ["IN_PROGRESS"],
  MISSED: ["IN_PROGRESS", "DONE", "DROPPED"],
  DROPPED: ["PLANNED"],
};

export const NEEDS_REASON: ReadonlySet<CommitmentStatusValue> = new Set(["MISSED", "DROPPED"]);
export const OPEN_STATUSES: readonly CommitmentStatusValue[] = ["PLANNED", "IN_PROGRESS"];
export const MIN_REASON = 10;

export function nextStatuses(from: CommitmentStatusValue): CommitmentStatusValue[] {
  return MOVES[from];
}

// Why a status change is refused (field → message), or null when it is allowed.
export function statusChangeRefusal(change: {
  from: CommitmentStatusValue;
  to: CommitmentStatusValue;
  reason?: string | null;
  liveEvidence: number;
}): { field: "status" | "reason"; message: string } | null {
  const { from, to } = change;
  if (from === to) return null;
  if (!MOVES[from].includes(to)) {
    return { field: "status", message: `A commitment cannot go from ${STATUS_LABELS[from].toLowerCase()} to ${STATUS_LABELS[to].toLowerCase()}.` };
  }
  if (to === "DONE" && change.liveEvidence === 0) {
    return { field: "status", message: "Add at least one piece of evidence (a link, a file, a metric or a note) before marking it done: a promise is kept only with proof." };
  }
  if (NEEDS_REASON.has(to) && (change.reason ?? "").trim().length < MIN_REASON) {
    return { field: "reason", message: `Say why it was ${to === "MISSED" ? "missed" : "dropped"} (at least ${MIN_REASON} characters): people were counting on it.` };
  }
  return null;
}

type Dated = { dueDate: Date; status: CommitmentStatusValue | string };

// Past its due date and still open. Missed and dropped ones were closed with a reason; done is done.
export function isOverdue(c: Dated, now: Date): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(c.status) && c.dueDate.getTime() < now.getTime();
}

// Open, not yet overdue, and due within `days` calendar days (UTC): with 3, a commitment due on
// the 13th is due soon from the 10th.
export function isDueSoon(c: Dated, now: Date, days: number): boolean {
  if (!(OPEN_STATUSES as readonly string[]).includes(c.status) || isOverdue(c, now)) return false;
  return daysUntil(c.dueDate, now) <= days;
}

// The last moment that counts as due soon: the end of the day `days` calendar days from now.
export function dueSoonHorizon(now: Date, days: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + Math.max(0, days), 23, 59, 59, 999));
}

// Whole days from now until due (negative when overdue), counting calendar days in UTC.
export function daysUntil(dueDate: Date, now: Date): number {
  const d = (x: Date) => Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate());
  return Math.round((d(dueDate) - d(now)) / 86_400_000);
}

export function dueLabel(c: Dated, now: Date): string {
  if (c.status === "DONE" || c.status === "DROPPED" || c.status === "MISSED") return "";
  const days = daysUntil(c.dueDate, now);
  if (isOverdue(c, now)) return days === 0 ? "Overdue since today" : `Overdue by ${-days} day${days === -1 ? "" : "s"}`;
  if (days === 0) return "Due today";
  if (days === 1) return "Due tomorrow";
  return `Due in ${days} days`;
}

// A due date chosen as a day means the end of that day (UTC): a commitment due on the 10th is
// overdue from the 11th.
export function endOfDayUtc(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 23, 59, 59, 999));
}
