import { describe, expect, it } from "vitest";
import { excerptDisplay, excerptParts, excerptProblem } from "@/lib/stories/excerpt";

const QUOTE = "Honestly, I was furious at first. But they called me the same day and refunded everything. I'm staying.";

describe("excerpts of a customer's words", () => {
  it("accepts one contiguous passage and shows … where the words were cut", () => {
    const excerpt = "they called me the same day and refunded everything";
    expect(excerptProblem(QUOTE, excerpt)).toBeNull();
    expect(excerptParts(QUOTE, excerpt)).toEqual({ text: excerpt, cutBefore: true, cutAfter: true, isExcerpt: true });
    expect(excerptDisplay(QUOTE, excerpt)).toBe(`…${excerpt}…`);
  });

  it("marks no cut at an edge of the quote, or where only punctuation is left out", () => {
    expect(excerptDisplay(QUOTE, "Honestly, I was furious at first")).toBe("Honestly, I was furious at first…");
    expect(excerptDisplay(QUOTE, "I'm staying")).toBe("…I'm staying");
    expect(excerptParts(QUOTE, "I'm staying").isExcerpt).toBe(true);
  });

  it("refuses altered, reordered or stitched-together words", () => {
    expect(excerptProblem(QUOTE, "they called me and refunded everything")).toMatch(/exactly/);
    expect(excerptProblem(QUOTE, "they Called me")).toMatch(/exactly/);
    expect(excerptProblem(QUOTE, "I was thrilled")).toMatch(/exactly/);
    expect(excerptProblem(QUOTE, "   ")).toMatch(/empty/);
    expect(excerptProblem(QUOTE, " they called")).toMatch(/spaces/);
  });

  it("shows the whole quote, never something else, when the excerpt is absent, whole or invalid", () => {
    expect(excerptParts(QUOTE, null)).toMatchObject({ text: QUOTE, isExcerpt: false });
    expect(excerptParts(QUOTE, QUOTE)).toMatchObject({ text: QUOTE, isExcerpt: false });
    expect(excerptParts(QUOTE, "made up words")).toMatchObject({ text: QUOTE, isExcerpt: false });
    expect(excerptDisplay(QUOTE, "")).toBe(QUOTE);
  });
});
