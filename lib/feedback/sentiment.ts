// Sentiment of a feedback item on arrival, for the inbox filter, the sentiment trend and the
// trust index. wink-nlp's lexicon scorer was chosen over VADER by measuring both on a labelled
// sample of incident feedback (docs/sentiment-evaluation.md, scripts/evaluate-sentiment.ts):
// slightly better macro-F1, about 4× faster, and typed. Either misses complaints written without
// emotional words and sarcasm, which is why a person can override the label (sentimentOverridden).
import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type SentimentLabelValue = "NEGATIVE" | "NEUTRAL" | "POSITIVE";
export type Sentiment = { score: number; label: SentimentLabelValue };

// Symmetric ±0.05, the convention for lexicon scores: tuning on the sample did not beat it under
// 5-fold cross-validation, so nothing was gained by fitting our own sample.
export const SENTIMENT_THRESHOLDS = { negativeAtOrBelow: -0.05, positiveAtOrAbove: 0.05 } as const;

let nlp: WinkMethods | null = null;

// Loaded on first use, once per process (tens of milliseconds); pages that import this module
// without scoring anything do not pay for it. Sentence boundaries and negation are in the pipe
// because wink's sentiment reads them: without them "not good" counts as good.
function getNlp(): WinkMethods {
  nlp ??= winkNLP(model, ["sbd", "negation", "sentiment"]);
  return nlp;
}

export function labelForScore(score: number): SentimentLabelValue {
  if (score <= SENTIMENT_THRESHOLDS.negativeAtOrBelow) return "NEGATIVE";
  if (score >= SENTIMENT_THRESHOLDS.positiveAtOrAbove) return "POSITIVE";
  return "NEUTRAL";
}

export function scoreSentiment(text: string): Sentiment {
  if (!text.trim()) return { score: 0, label: "NEUTRAL" };
  const w = getNlp();
  return sentimentFromRaw(w.readDoc(text).out(w.its.sentiment) as number);
}

// From wink's raw score (here, or from the import's worker thread: lib/feedback/import/sentiment-worker.mjs).
// Rounded so the stored score and the label agree with what the inbox shows.
export function sentimentFromRaw(raw: number): Sentiment {
  const score = Number.isFinite(raw) ? Math.round(Math.max(-1, Math.min(1, raw)) * 1000) / 1000 : 0;
  return { score: score === 0 ? 0 : score, label: labelForScore(score) };
}
