import { describe, expect, it } from "vitest";
import { detectMinimizing } from "@/lib/apology/analysis/detectors/minimizing";
import { findings, flagged } from "./helpers";

describe("minimizing", () => {
  it.each([
    ["We regret any inconvenience.", "any inconvenience"],
    ["We apologize for any inconvenience this may have caused.", "any inconvenience this may have caused"],
    ["A small number of customers were affected.", "A small number of"],
    ["Only a few accounts were involved.", "Only a few"],
    ["There was a minor issue with billing.", "minor"],
    ["Some orders were slightly delayed.", "slightly"],
    ["Checkout was briefly unavailable.", "briefly"],
    ["A temporary outage hit checkout.", "temporary"],
    ["oops, small glitch on our end! fixed now", "glitch"],
  ])("flags %j", (text, expected) => {
    expect(flagged(detectMinimizing, text)).toContain(expected);
  });

  it.each([
    "We charged 18,400 of you twice, and some of you paid overdraft fees.",
    "Here is a brief summary of what we are changing.",
    "We are sorry for the harm this caused you.",
    "Refunds reach your account within 3 days.",
  ])("does not flag %j", (text) => {
    expect(flagged(detectMinimizing, text)).toEqual([]);
  });

  it("offers a replacement that names the harm", () => {
    const [finding] = findings(detectMinimizing, "We regret any inconvenience.");
    expect(finding.severity).toBe("medium");
    expect(finding.replacement).toBe("the harm this caused you");
  });
});
