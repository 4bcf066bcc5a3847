import { describe, expect, it } from "vitest";
import { detectJargon } from "@/lib/apology/analysis/detectors/jargon";
import { findings, flagged } from "./helpers";

describe("jargon", () => {
  it.each([
    ["Going forward, we will do better.", "Going forward", "From now on"],
    ["We will leverage new tools.", "leverage", "use"],
    ["Out of an abundance of caution, we reset passwords.", "Out of an abundance of caution", "To be safe"],
    ["Remediation is under way.", "Remediation", "Fix"],
    ["We will utilize a new process.", "utilize", "use"],
    ["Please respond at your earliest convenience.", "at your earliest convenience", "when you can"],
  ])("flags %j with a plain replacement", (text, expected, replacement) => {
    const found = findings(detectJargon, text).find((f) => text.slice(f.span.start, f.span.end) === expected);
    expect(found?.replacement).toBe(replacement);
  });

  it("flags jargon without a one-word replacement, without inventing one", () => {
    const found = findings(detectJargon, "Our synergies failed you.");
    expect(found.map((f) => f.replacement)).toEqual([undefined]);
  });

  it.each([
    "We failed to test the change. We will ensure every change is reviewed.",
    "Your purchase was charged twice; your refund request is not needed.",
    "We are sorry. Refunds are done. DM us with questions.",
  ])("does not flag %j", (text) => {
    expect(flagged(detectJargon, text)).toEqual([]);
  });
});
