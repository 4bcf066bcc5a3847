import { describe, expect, it } from "vitest";
import { detectSorryYouFeel } from "@/lib/apology/analysis/detectors/sorry-you-feel";
import { findings, flagged } from "./helpers";

describe("sorry you feel", () => {
  it.each([
    ["We're sorry you feel that way.", "you feel that way"],
    ["We are sorry if you feel let down.", "if you feel let down"],
    ["I'm sorry that some customers felt frustrated.", "that some customers felt frustrated"],
    ["We are sorry you were upset by the change.", "you were upset"],
    ["Sorry for how you feel. We'll do better", "for how you feel"],
  ])("flags %j", (text, expected) => {
    expect(flagged(detectSorryYouFeel, text)).toContain(expected);
  });

  it.each([
    "We are sorry we charged you twice.",
    "We're sorry. We know you feel let down, and you are right to.",
    "You feel let down, and we understand why.",
    "We are sorry you were charged twice.",
  ])("does not flag %j", (text) => {
    expect(flagged(detectSorryYouFeel, text)).toEqual([]);
  });

  it("is high severity and replaces the feeling with the action", () => {
    const text = "We are sorry you feel that way.";
    const [finding] = findings(detectSorryYouFeel, text);
    expect(finding.severity).toBe("high");
    const fixed = text.slice(0, finding.span.start) + finding.replacement + text.slice(finding.span.end);
    expect(fixed).toBe("We are sorry for what we did.");
  });
});
