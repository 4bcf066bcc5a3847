import { describe, expect, it } from "vitest";
import { detectConditionalApology } from "@/lib/apology/analysis/detectors/conditional-apology";
import { findings, flagged } from "./helpers";

describe("conditional apology", () => {
  it.each([
    ["We are sorry if anyone was offended by our post.", "if anyone was offended"],
    ["If some of you were upset, we apologize.", "If some of you were upset"],
    ["We apologize if you were affected by the outage.", "if you were affected"],
    ["Sorry if this caused concern.", "if this caused concern"],
    ["We apologize to those who were offended.", "to those who were offended"],
    ["Our apologies to anyone who was inconvenienced.", "to anyone who was inconvenienced"],
    ["sorry if anyone was hurt 🙏 #update", "if anyone was hurt"],
  ])("flags %j", (text, expected) => {
    expect(flagged(detectConditionalApology, text)).toContain(expected);
  });

  it.each([
    "We are sorry we charged you twice.",
    "If you were charged twice, the refund will reach you by Friday.",
    "We will refund anyone who was charged twice.",
    "If you have questions, reply to this email.",
    "Sorry, we messed up. Refunds are on the way.",
    "We apologize to everyone we charged twice.",
  ])("does not flag %j", (text) => {
    expect(flagged(detectConditionalApology, text)).toEqual([]);
  });

  it("is high severity and offers an unconditional wording", () => {
    const [finding] = findings(detectConditionalApology, "We're sorry if anyone was offended.");
    expect(finding.severity).toBe("high");
    expect(finding.replacement).toBe("for offending you");
    const [toThose] = findings(detectConditionalApology, "We apologize to those who were affected.");
    expect(toThose.replacement).toBe("to everyone we affected");
  });

  it("stops the clause at a conjunction so the next problem is reported on its own", () => {
    expect(flagged(detectConditionalApology, "We are sorry if anyone was offended and sorry you feel this way.")).not.toContain(
      "if anyone was offended and sorry you feel this way",
    );
  });
});
