import { describe, expect, it } from "vitest";
import { dueLabel, endOfDayUtc, isDueSoon, isOverdue, nextStatuses, statusChangeRefusal } from "@/lib/commitments/status";
import { reminderKind, utcDay } from "@/lib/reminders/reminder-kind";

const now = new Date("2026-06-10T12:00:00Z");
const due = (iso: string) => endOfDayUtc(new Date(iso));

describe("overdue and due soon", () => {
  it("is overdue only once the due day has ended, and only while open", () => {
    expect(isOverdue({ dueDate: due("2026-06-10"), status: "PLANNED" }, now)).toBe(false);
    expect(isOverdue({ dueDate: due("2026-06-09"), status: "PLANNED" }, now)).toBe(true);
    expect(isOverdue({ dueDate: due("2026-06-09"), status: "IN_PROGRESS" }, now)).toBe(true);
    for (const status of ["DONE", "MISSED", "DROPPED"]) expect(isOverdue({ dueDate: due("2026-06-01"), status }, now)).toBe(false);
  });

  it("is due soon within the reminder window, not after it and not once overdue", () => {
    expect(isDueSoon({ dueDate: due("2026-06-13"), status: "PLANNED" }, now, 3)).toBe(true);
    expect(isDueSoon({ dueDate: due("2026-06-14"), status: "PLANNED" }, now, 3)).toBe(false);
    expect(isDueSoon({ dueDate: due("2026-06-09"), status: "PLANNED" }, now, 3)).toBe(false);
    expect(isDueSoon({ dueDate: due("2026-06-11"), status: "DONE" }, now, 3)).toBe(false);
  });

  it("says how late or how soon in calendar days", () => {
    expect(dueLabel({ dueDate: due("2026-06-07"), status: "PLANNED" }, now)).toBe("Overdue by 3 days");
    expect(dueLabel({ dueDate: due("2026-06-09"), status: "PLANNED" }, now)).toBe("Overdue by 1 day");
    expect(dueLabel({ dueDate: due("2026-06-10"), status: "PLANNED" }, now)).toBe("Due today");
    expect(dueLabel({ dueDate: due("2026-06-11"), status: "IN_PROGRESS" }, now)).toBe("Due tomorrow");
    expect(dueLabel({ dueDate: due("2026-06-20"), status: "PLANNED" }, now)).toBe("Due in 10 days");
    expect(dueLabel({ dueDate: due("2026-06-01"), status: "DONE" }, now)).toBe("");
  });

  it("chooses the reminder: overdue first, then due soon, else none", () => {
    expect(reminderKind({ dueDate: due("2026-06-09"), status: "PLANNED" }, now, 3)).toBe("commitment.overdue");
    expect(reminderKind({ dueDate: due("2026-06-12"), status: "IN_PROGRESS" }, now, 3)).toBe("commitment.dueSoon");
    expect(reminderKind({ dueDate: due("2026-06-30"), status: "PLANNED" }, now, 3)).toBeNull();
    expect(reminderKind({ dueDate: due("2026-06-09"), status: "DONE" }, now, 3)).toBeNull();
    expect(utcDay(now)).toEqual({ start: new Date("2026-06-10T00:00:00Z"), end: new Date("2026-06-11T00:00:00Z") });
  });
});

describe("status transitions", () => {
  it("allows the moves of a promise's life and refuses the others", () => {
    expect(nextStatuses("PLANNED")).toEqual(["IN_PROGRESS", "DONE", "MISSED", "DROPPED"]);
    expect(nextStatuses("DONE")).toEqual(["IN_PROGRESS"]);
    expect(statusChangeRefusal({ from: "DONE", to: "MISSED", reason: "Too late after all.", liveEvidence: 1 })).toMatchObject({ field: "status" });
    expect(statusChangeRefusal({ from: "DROPPED", to: "DONE", liveEvidence: 1 })).toMatchObject({ field: "status" });
    expect(statusChangeRefusal({ from: "IN_PROGRESS", to: "IN_PROGRESS", liveEvidence: 0 })).toBeNull();
  });

  it("refuses done without evidence", () => {
    const r = statusChangeRefusal({ from: "IN_PROGRESS", to: "DONE", liveEvidence: 0 });
    expect(r).toMatchObject({ field: "status" });
    expect(r!.message).toMatch(/evidence/);
    expect(statusChangeRefusal({ from: "IN_PROGRESS", to: "DONE", liveEvidence: 1 })).toBeNull();
    expect(statusChangeRefusal({ from: "MISSED", to: "DONE", liveEvidence: 2 })).toBeNull();
  });

  it("refuses missed or dropped without a reason of at least ten characters", () => {
    expect(statusChangeRefusal({ from: "IN_PROGRESS", to: "MISSED", liveEvidence: 0 })).toMatchObject({ field: "reason" });
    expect(statusChangeRefusal({ from: "PLANNED", to: "DROPPED", reason: "   short  ", liveEvidence: 0 })).toMatchObject({ field: "reason" });
    expect(statusChangeRefusal({ from: "PLANNED", to: "DROPPED", reason: "The vendor contract ended.", liveEvidence: 0 })).toBeNull();
  });

  it("reads a chosen due day as the end of that day, UTC", () => {
    expect(endOfDayUtc(new Date("2026-06-10T00:00:00Z")).toISOString()).toBe("2026-06-10T23:59:59.999Z");
  });
});
