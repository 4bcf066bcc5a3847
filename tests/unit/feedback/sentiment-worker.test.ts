// An import scores sentiment in a worker thread (lib/feedback/import/sentiment-worker.mjs, plain
// JavaScript) while the same pipe in lib/feedback/sentiment.ts scores every other arrival: both must
// give the same score and label for every text, and an import whose worker cannot run, dies or
// fails a batch must still get them, without the process crashing or the import waiting forever.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { scoreSentiment } from "@/lib/feedback/sentiment";
import { splitByChars, startSentimentScorer, type SentimentScorer } from "@/lib/feedback/import/sentiment-scorer";
import { SENTIMENT_SAMPLE } from "@/tests/fixtures/sentiment-sample";

const EDGE_CASES = ["", "   ", "not good at all", "I am NOT happy. Not one bit!", "Great 👍", "😡😡😡", "Thank you — really.", "x".repeat(5_000)];
const TEXTS = [...SENTIMENT_SAMPLE.map((s) => s.text), ...EDGE_CASES];
const expected = (texts: string[]) => texts.map((t) => scoreSentiment(t));

// Stand-in workers that misbehave in one way each.
const dir = mkdtempSync(path.join(tmpdir(), "sentiment-worker-"));
const standIn = (name: string, onMessage: string) => {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, `import { parentPort } from "node:worker_threads";\nparentPort.on("message", (m) => { ${onMessage} });\n`);
  return file;
};
const crashes = standIn("crashes", "process.exit(1);");
const quits = standIn("quits", "process.exit(0);");
const failsBatches = standIn("fails", 'parentPort.postMessage({ id: m.id, error: "wink threw" });');
const neverAnswers = standIn("silent", "");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
    expect([...first, ...second]).toEqual(expected(TEXTS));
    expect(scorer.batchesInWorker).toBe(2);
    // The sample is not all one label, so equal lists mean something.
    expect(new Set(expected(TEXTS).map((e) => e.label)).size).toBe(3);
  });

  it("sends a batch of long texts in several messages, and puts the results back in order", async () => {
    scorer = startSentimentScorer();
    const long = Array.from({ length: 250 }, (_, i) => `${i % 2 ? "Terrible, awful service." : "Thank you, great help."} ${"word ".repeat(1_990)}`);
    expect(await scorer.score(long)).toEqual(expected(long));
    expect(scorer.batchesInWorker).toBe(splitByChars(long).length);
    expect(scorer.batchesInWorker).toBeGreaterThan(1);
  });

  it.each([
    ["the worker file is missing", "/nonexistent/sentiment-worker.mjs"],
    ["the worker crashes on its first message", crashes],
    ["the worker exits cleanly with a batch pending", quits],
    ["the worker reports an error for every batch", failsBatches],
  ])("scores in this thread, with the same results, when %s", async (_case, workerFile) => {
    scorer = startSentimentScorer({ workerFile });
    const texts = TEXTS.slice(0, 40);
    expect(await scorer.score(texts)).toEqual(expected(texts));
    // And the batches after it too.
    expect(await scorer.score(TEXTS.slice(40, 60))).toEqual(expected(TEXTS.slice(40, 60)));
    expect(scorer.batchesInWorker).toBe(0);
  });

  it("scores small files in this thread without starting a worker", async () => {
    scorer = startSentimentScorer({ inWorker: false, workerFile: neverAnswers });
    expect(await scorer.score(TEXTS.slice(0, 10))).toEqual(expected(TEXTS.slice(0, 10)));
    expect(scorer.batchesInWorker).toBe(0);
  });

  it("drops what is still pending when closed (an import that stopped), instead of scoring it here", async () => {
    scorer = startSentimentScorer({ workerFile: neverAnswers });
    // Handled from the start, as the import does (run-import.ts).
    const pending = expect(scorer.score(TEXTS.slice(0, 10))).rejects.toThrow(/closed/);
    await scorer.close();
    await pending;
    await expect(scorer.score(["late"])).rejects.toThrow(/closed/);
  });
});

describe("splitByChars", () => {
  it("keeps the texts in order, groups them up to the limit, and puts a longer text alone", () => {
    expect(splitByChars(["aa", "bb", "cc", "dddddd", "e"], 4)).toEqual([["aa", "bb"], ["cc"], ["dddddd"], ["e"]]);
    expect(splitByChars([], 4)).toEqual([]);
  });
});
