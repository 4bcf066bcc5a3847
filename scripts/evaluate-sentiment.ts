// Measures the sentiment candidates on the labelled incident sample and prints the figures kept in
// docs/sentiment-evaluation.md:  npx tsx scripts/evaluate-sentiment.ts
// Each candidate gives a raw score in −1..1; labels come from two thresholds (NEGATIVE ≤ neg,
// POSITIVE ≥ pos). "default" uses the ±0.05 cut-offs VADER's authors publish; "tuned" picks the
// thresholds with the best macro-F1 on the whole sample (optimistic), and "tuned, 5-fold" tunes on
// four fifths and scores the held-out fifth, which is the honest estimate of the tuned figure.
// @ts-expect-error vader-sentiment ships no type declarations.
import vader from "vader-sentiment";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { scoreSentiment, SENTIMENT_THRESHOLDS } from "@/lib/feedback/sentiment";
import { SENTIMENT_SAMPLE, type SampleLabel } from "@/tests/fixtures/sentiment-sample";

type Scorer = (text: string) => number;
type Thresholds = { neg: number; pos: number };
const LABELS: SampleLabel[] = ["NEGATIVE", "NEUTRAL", "POSITIVE"];

// wink's sentiment reads the negation and sentence-boundary annotations when they are in the pipe;
// with "sentiment" alone every message is one sentence and "not good" counts as good.
const winkBare = winkNLP(model, ["sentiment"]);
const winkFull = winkNLP(model, ["sbd", "negation", "sentiment"]);
const candidates: Record<string, Scorer> = {
  vader: (t) => (vader as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } }).SentimentIntensityAnalyzer.polarity_scores(t).compound,
  "wink (sentiment only)": (t) => winkBare.readDoc(t).out(winkBare.its.sentiment) as number,
  "wink (sbd+negation+sentiment)": (t) => winkFull.readDoc(t).out(winkFull.its.sentiment) as number,
};

const label = (score: number, th: Thresholds): SampleLabel => (score <= th.neg ? "NEGATIVE" : score >= th.pos ? "POSITIVE" : "NEUTRAL");

function metrics(gold: SampleLabel[], predicted: SampleLabel[]) {
  const recall: Record<string, number> = {};
  let f1Sum = 0;
  for (const l of LABELS) {
    const tp = gold.filter((g, i) => g === l && predicted[i] === l).length;
    const goldN = gold.filter((g) => g === l).length;
    const predN = predicted.filter((p) => p === l).length;
    const r = goldN ? tp / goldN : 0;
    const p = predN ? tp / predN : 0;
    recall[l] = r;
    f1Sum += p + r ? (2 * p * r) / (p + r) : 0;
  }
  const accuracy = gold.filter((g, i) => g === predicted[i]).length / gold.length;
  return { accuracy, macroF1: f1Sum / LABELS.length, recall };
}

// Exhaustive over a 0.01 grid; ties go to the narrower neutral band, then to the lower neg threshold,
// so the result does not depend on iteration order.
function tune(scores: number[], gold: SampleLabel[]): Thresholds {
  let best = { th: { neg: -0.05, pos: 0.05 }, f1: -1, acc: -1 };
  for (let neg = -0.95; neg <= 0.5; neg += 0.01) {
    for (let pos = neg + 0.01; pos <= 0.95; pos += 0.01) {
      const th = { neg: Math.round(neg * 100) / 100, pos: Math.round(pos * 100) / 100 };
      const m = metrics(gold, scores.map((s) => label(s, th)));
      if (m.macroF1 > best.f1 + 1e-12 || (Math.abs(m.macroF1 - best.f1) < 1e-12 && m.accuracy > best.acc + 1e-12)) {
        best = { th, f1: m.macroF1, acc: m.accuracy };
      }
    }
  }
  return best.th;
}

function crossValidated(scores: number[], gold: SampleLabel[], folds = 5) {
  const predicted: SampleLabel[] = new Array(gold.length);
  for (let f = 0; f < folds; f++) {
    const train = scores.map((_, i) => i).filter((i) => i % folds !== f);
    const th = tune(train.map((i) => scores[i]), train.map((i) => gold[i]));
    scores.forEach((s, i) => {
      if (i % folds === f) predicted[i] = label(s, th);
    });
  }
  return metrics(gold, predicted);
}

function msPerItem(scorer: Scorer, texts: string[], rounds = 20): number {
  for (const t of texts) scorer(t); // warm-up: JIT and lazy tables
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) scorer(t);
  return (performance.now() - start) / (rounds * texts.length);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const signed = (x: number) => (x > 0 ? `+${x}` : x < 0 ? `−${-x}` : "0");
const thresholds = (th: Thresholds) => `${signed(th.neg)} / ${signed(th.pos)}`;
const texts = SENTIMENT_SAMPLE.map((s) => s.text);
const gold = SENTIMENT_SAMPLE.map((s) => s.label);
const rows: string[][] = [];
const row = (name: string, m: ReturnType<typeof metrics>, th: string, ms: number) =>
  rows.push([name, pct(m.accuracy), m.macroF1.toFixed(3), pct(m.recall.NEGATIVE), pct(m.recall.NEUTRAL), pct(m.recall.POSITIVE), th, ms.toFixed(3)]);

for (const [name, scorer] of Object.entries(candidates)) {
  const scores = texts.map(scorer);
  const ms = msPerItem(scorer, texts);
  const def = { neg: -0.05, pos: 0.05 };
  row(`${name}, default`, metrics(gold, scores.map((s) => label(s, def))), thresholds(def), ms);
  const th = tune(scores, gold);
  row(`${name}, tuned (in-sample)`, metrics(gold, scores.map((s) => label(s, th))), thresholds(th), ms);
  row(`${name}, tuned (5-fold CV)`, crossValidated(scores, gold), "tuned per fold", ms);
}

const shipped = texts.map((t) => scoreSentiment(t));
row(
  "lib/feedback/sentiment.ts",
  metrics(gold, shipped.map((s) => s.label)),
  thresholds({ neg: SENTIMENT_THRESHOLDS.negativeAtOrBelow, pos: SENTIMENT_THRESHOLDS.positiveAtOrAbove }),
  msPerItem((t) => scoreSentiment(t).score, texts),
);

const header = ["candidate", "accuracy", "macro-F1", "recall NEG", "recall NEU", "recall POS", "thresholds (neg / pos)", "ms/item"];
console.log(`Sample: ${SENTIMENT_SAMPLE.length} messages (${LABELS.map((l) => `${gold.filter((g) => g === l).length} ${l}`).join(", ")})\n`);
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const r of rows) console.log(`| ${r.join(" | ")} |`);

// Per kind, for the shipped scorer: where it still goes wrong.
console.log("\nShipped scorer, accuracy by kind:");
for (const kind of [...new Set(SENTIMENT_SAMPLE.map((s) => s.kind))]) {
  const idx = SENTIMENT_SAMPLE.map((s, i) => (s.kind === kind ? i : -1)).filter((i) => i >= 0);
  const right = idx.filter((i) => shipped[i].label === gold[i]).length;
  console.log(`  ${kind.padEnd(11)} ${right}/${idx.length}`);
}
if (process.argv.includes("--errors")) {
  console.log("\nMisclassified by the shipped scorer:");
  SENTIMENT_SAMPLE.forEach((s, i) => {
    if (shipped[i].label !== s.label) console.log(`  [${s.label} → ${shipped[i].label} ${shipped[i].score.toFixed(2)}] ${s.text}`);
  });
}
