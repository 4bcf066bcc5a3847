// An import scores sentiment in a worker thread (lib/feedback/import/sentiment-worker.mjs, plain
// JavaScript) while the same pipe in lib/feedback/sentiment.ts scores every other arrival: both must
// give the same score and label for every text, and an import whose worker cannot run must still
// get them.
import { afterEach, describe, expect, it } from "vitest";
import { scoreSentiment } from "@/lib/feedback/sentiment";
import { startSentimentScorer, type SentimentScorer } from "@/lib/feedback/import/sentiment-scorer";
import { SENTIMENT_SAMPLE } from "@/tests/fixtures/sentiment-sample";

const EDGE_CASES = ["", "   ", "not good at all", "I am NOT happy. Not one bit!", "Great 👍", "😡😡😡", "Thank you — really.", "x".repeat(5_000)];
const TEXTS = [...SENTIMENT_SAMPLE.map((s) => s.text), ...EDGE_CASES];

let scorer: SentimentScorer | null = null;
afterEach(async () => {
  await scorer?.close();
  scorer = null;
});

describe("sentiment scored in the import's worker thread", () => {
  it("gives every text the score and label the in-process scorer gives it, batch by batch, in order", async () => {
    scorer = startSentimentScorer();
    const half = Math.ceil(TEXTS.length / 2);
    // Two batches in flight at once, as during an import.
    const [first, second] = await Promise.all([scorer.score(TEXTS.slice(0, half)), scorer.score(TEXTS.slice(half))]);
    const expected = TEXTS.map((t) => scoreSentiment(t));
    expect([...first, ...second]).toEqual(expected);
    expect(scorer.batchesInWorker).toBe(2);
    // The sample is not all one label, so equal lists mean something.
    expect(new Set(expected.map((e) => e.label)).size).toBe(3);
  });

  it("scores in this thread, with the same results, when the worker cannot start", async () => {
    scorer = startSentimentScorer("/nonexistent/sentiment-worker.mjs");
    const texts = TEXTS.slice(0, 40);
    expect(await scorer.score(texts)).toEqual(texts.map((t) => scoreSentiment(t)));
    // And the batches after the failure too.
    expect(await scorer.score(TEXTS.slice(40, 60))).toEqual(TEXTS.slice(40, 60).map((t) => scoreSentiment(t)));
    expect(scorer.batchesInWorker).toBe(0);
  });
});
