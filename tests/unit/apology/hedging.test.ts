import { describe, expect, it } from "vitest";
import { detectHedging } from "@/lib/apology/analysis/detectors/hedging";
import { INTENSIFY_HEDGES, INTENSIFY_IGNORE } from "@/lib/apology/analysis/detectors/hedging-words";
import { flagged } from "./helpers";

describe("hedging", () => {
  it.each([
    ["Your data may have been exposed.", "may have"],
    ["Some payments might have failed.", "might have"],
    ["We possibly charged you twice.", "possibly"],
    ["The issue apparently started on Monday.", "apparently"],
    ["It seems that refunds are slow.", "It seems that"],
    ["This was probably caused by our deploy.", "probably"],
  ])("flags %j", (text, expected) => {
    expect(flagged(detectHedging, text)).toContain(expected);
  });

  it.each([
    "We will refund every charge by Friday.",
    "You may contact us at help@example.com.",
    "We charged you twice. That was our mistake.",
    "Some of you paid overdraft fees, and we will cover them.",
    "We can help: reply to this email.",
    "The refund appears on your statement within 3 days.",
  ])("does not flag %j", (text) => {
    expect(flagged(detectHedging, text)).toEqual([]);
  });

  it("never tells retext-intensify to skip a hedge it reports", () => {
    expect(INTENSIFY_IGNORE.filter((word) => INTENSIFY_HEDGES.has(word))).toEqual([]);
  });
});
