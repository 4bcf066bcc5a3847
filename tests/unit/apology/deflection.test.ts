import { describe, expect, it } from "vitest";
import { detectDeflection } from "@/lib/apology/analysis/detectors/deflection";
import { flagged } from "./helpers";

describe("deflection", () => {
  it.each([
    ["It was never our intention to upset anyone.", "It was never our intention"],
    ["We take your privacy very seriously.", "We take your privacy very seriously"],
    ["At Acme we take security and privacy seriously.", "we take security and privacy seriously"],
    ["Due to unforeseen circumstances, orders were late.", "unforeseen circumstances"],
    ["This was beyond our control.", "beyond our control"],
    ["This was an isolated incident.", "an isolated incident"],
    ["We were the target of a sophisticated cyberattack.", "sophisticated cyberattack"],
    ["Mistakes happen, and we are sorry.", "Mistakes happen"],
  ])("flags %j", (text, expected) => {
    expect(flagged(detectDeflection, text)).toContain(expected);
  });

  it.each([
    "We intended to test the change and we did not. That is on us.",
    "We are taking three concrete steps, listed below.",
    "The attack used a stolen password; we should have required two-factor sign-in.",
    "Sorry! Refunds are done and we added a check.",
  ])("does not flag %j", (text) => {
    expect(flagged(detectDeflection, text)).toEqual([]);
  });
});
