import { describe, expect, it } from "vitest";
import { detectBlameShifting } from "@/lib/apology/analysis/detectors/blame-shifting";
import { findings, flagged } from "./helpers";

describe("blame shifting", () => {
  it.each([
    ["The outage was caused by a third-party vendor.", "caused by a third-party vendor", "high"],
    ["Due to an error at our payment provider, cards were charged twice.", "Due to an error at our payment provider", "high"],
    ["This was the result of human error.", "human error", "high"],
    ["A rogue employee accessed the records.", "A rogue employee", "high"],
    ["We are working with a third-party vendor on refunds.", "a third-party vendor", "medium"],
    ["Our partner sent the emails twice.", "Our partner", "medium"],
    ["The vendor's system failed at 9:00.", "The vendor", "medium"],
  ])("flags %j", (text, expected, severity) => {
    const found = findings(detectBlameShifting, text).find((f) => text.slice(f.span.start, f.span.end) === expected);
    expect(found?.severity).toBe(severity);
  });

  it.each([
    "We chose the system that failed, so the failure is ours.",
    "Our team made a change that charged you twice.",
    "Thanks to everyone who partnered with us on the fix.",
    "We are sorry. DM us if your bank charged you a fee.",
  ])("does not flag %j", (text) => {
    expect(flagged(detectBlameShifting, text)).toEqual([]);
  });
});
