import { describe, expect, it } from "vitest";
import { labelForScore, scoreSentiment, SENTIMENT_THRESHOLDS } from "@/lib/feedback/sentiment";

describe("labelForScore", () => {
  it("NEGATIVE at or below −0.05, POSITIVE at or above +0.05, NEUTRAL between", () => {
    expect(SENTIMENT_THRESHOLDS).toEqual({ negativeAtOrBelow: -0.05, positiveAtOrAbove: 0.05 });
    expect(labelForScore(-1)).toBe("NEGATIVE");
    expect(labelForScore(-0.05)).toBe("NEGATIVE");
    expect(labelForScore(-0.049)).toBe("NEUTRAL");
    expect(labelForScore(0)).toBe("NEUTRAL");
    expect(labelForScore(0.049)).toBe("NEUTRAL");
    expect(labelForScore(0.05)).toBe("POSITIVE");
    expect(labelForScore(1)).toBe("POSITIVE");
  });
});

describe("scoreSentiment", () => {
  it.each([
    "This is terrible. Worst service ever, I am furious.",
    "Unacceptable. You stole my money and lied about it.",
    "The ad was offensive and the non-apology was worse.",
    "I hate this app, it is useless and broken.",
  ])("negative: %s", (text) => {
    const s = scoreSentiment(text);
    expect(s.label).toBe("NEGATIVE");
    expect(s.score).toBeLessThanOrEqual(-0.05);
  });

  it.each([
    "Thank you, great support and a fast refund!",
    "Excellent communication, I really appreciate it.",
    "Love the new refund tracker, brilliant work.",
    "Works perfectly again, thank you team!",
  ])("positive: %s", (text) => {
    const s = scoreSentiment(text);
    expect(s.label).toBe("POSITIVE");
    expect(s.score).toBeGreaterThanOrEqual(0.05);
  });

  it.each(["Order 55120 was placed on the 14th.", "When will the incident report be published?", "Is the refund going to the original card?"])(
    "neutral: %s",
    (text) => {
      expect(scoreSentiment(text)).toEqual({ score: 0, label: "NEUTRAL" });
    },
  );

  it("reads negation: 'not good' is not positive", () => {
    expect(scoreSentiment("The service was good.").label).toBe("POSITIVE");
    expect(scoreSentiment("The service was not good.").label).toBe("NEGATIVE");
  });

  it("empty and whitespace-only text is neutral zero", () => {
    expect(scoreSentiment("")).toEqual({ score: 0, label: "NEUTRAL" });
    expect(scoreSentiment("  \n\t ")).toEqual({ score: 0, label: "NEUTRAL" });
    expect(scoreSentiment("!!! ???")).toMatchObject({ label: "NEUTRAL" });
  });

  it("score is within −1..1, rounded to 3 decimals, and the label matches it", () => {
    for (const text of ["awful awful awful horrible disgusting", "amazing wonderful fantastic superb", "Refund received. Thanks, but it took too long."]) {
      const s = scoreSentiment(text);
      expect(s.score).toBeGreaterThanOrEqual(-1);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(Math.round(s.score * 1000) / 1000).toBe(s.score);
      expect(s.label).toBe(labelForScore(s.score));
    }
  });

  it("is deterministic", () => {
    const text = "Charged twice, refund took nine days. The product is good but the trust is gone.";
    expect(scoreSentiment(text)).toEqual(scoreSentiment(text));
  });

  it("is fast: well under 1 ms per short item once loaded", () => {
    scoreSentiment("warm up");
    const texts = Array.from({ length: 500 }, (_, i) => `Order ${i}: charged twice, still waiting for the refund. Not happy.`);
    const start = performance.now();
    for (const t of texts) scoreSentiment(t);
    expect((performance.now() - start) / texts.length).toBeLessThan(1);
  });
});
