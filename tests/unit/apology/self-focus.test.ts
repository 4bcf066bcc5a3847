import { describe, expect, it } from "vitest";
import { detectSelfFocus } from "@/lib/apology/analysis/detectors/self-focus";
import { findings, flagged } from "./helpers";

describe("self-focus", () => {
  it.each([
    ["This has damaged our reputation.", "our reputation"],
    ["We owe it to our shareholders to do better.", "our shareholders"],
    ["We are deeply disappointed.", "We are deeply disappointed"],
    ["This has been a difficult time for us.", "a difficult time for us"],
    ["It has been hard on us too.", "It has been hard on us"],
    ["Our team has been working tirelessly.", "Our team has been working tirelessly"],
    ["we pride ourselves on reliability 😔", "we pride ourselves"],
  ])("flags %j", (text, expected) => {
    expect(flagged(detectSelfFocus, text)).toContain(expected);
  });

  it.each([
    "We let you down, and we are sorry.",
    "You trusted us with your money and we broke that trust.",
    "This was a difficult week for many of you.",
    "Our support team can help: reply to this email.",
  ])("does not flag %j", (text) => {
    expect(flagged(detectSelfFocus, text)).toEqual([]);
  });

  it("rewrites the company's feelings as what it did to customers", () => {
    const [finding] = findings(detectSelfFocus, "We are disappointed.");
    expect(finding.replacement).toBe("We let you down");
  });
});
