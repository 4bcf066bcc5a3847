// Which reminder a commitment is due at a moment, if any. Pure.
import { isDueSoon, isOverdue } from "@/lib/commitments/status";

export type ReminderKind = "commitment.dueSoon" | "commitment.overdue";
export const REMINDER_KINDS: ReminderKind[] = ["commitment.dueSoon", "commitment.overdue"];

export function reminderKind(c: { dueDate: Date; status: string }, now: Date, reminderDays: number): ReminderKind | null {
  if (isOverdue(c, now)) return "commitment.overdue";
  if (isDueSoon(c, now, reminderDays)) return "commitment.dueSoon";
  return null;
}

// The UTC day holding `now`: a reminder of one kind for one commitment is sent at most once in it.
export function utcDay(now: Date): { start: Date; end: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { start, end: new Date(start.getTime() + 86_400_000) };
}
