// The words "we are sorry" or "we apologize" are what readers look for first; "we regret" and
// "sorry you feel" are read as ways of not saying them, so they do not count.
import type { Draft } from "../draft";
import { firstMatch, isNegated, quote } from "../match";
import { ELEMENT_LABELS } from "../labels";
import type { ElementResult } from "../types";

const LABEL = ELEMENT_LABELS.apology;

const APOLOGIES = [
  /\b(?:we|I)\s*(?:are|am|['’]re|['’]m)\s+(?:(?:so|very|truly|deeply|sincerely|really|profoundly|terribly|genuinely|extremely|unreservedly)\s+)*sorry\b/gi,
  /\b(?:we|I)\s+(?:(?:sincerely|truly|deeply|unreservedly|fully|wholeheartedly|humbly|want\s+to|would\s+like\s+to)\s+)*apologi[sz]e\b/gi,
  /\b(?:our|my)\s+(?:(?:sincere|sincerest|deepest|deep|heartfelt|unreserved|full)\s+)*apolog(?:y|ies)\b/gi,
  /\bwe\s+owe\s+you\s+an\s+apology\b/gi,
  /\bsorry\s+(?:for|about|that\s+we)\b/gi,
  /\bsorry\b/gi, // accepted only where a sentence or line starts: "Sorry, we messed up."
];

const LEAD_SORRY = /^sorry$/i;

/** True when nothing but blank space, an opening quote, or the end of a sentence comes before `start`. */
function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\u00a0")) i--;
  if (i < 0 || text[i] === "\n") return true;
  if (/["“'‘(]/.test(text[i])) return startsSentence(text, i);
  return /[.!?…]/.test(text[i]) || (/["”')’]/.test(text[i]) && i > 0 && /[.!?]/.test(text[i - 1]));
}

// "Sorry you feel …" regrets the reader's feelings: see detectors/sorry-you-feel.ts.
const ABOUT_FEELINGS = /^[\s,]*(?:that\s+|if\s+)?(?:you|anyone|anybody|some\s+\w+|people|customers)\s+(?:[\w'’]+\s+)?(?:feel|felt|feeling|think|thought|found)\b/i;

export function checkExplicitApology(draft: Draft): ElementResult {
  const found = firstMatch(
    draft.text,
    APOLOGIES,
    (m) =>
      !isNegated(draft.text, m.start) &&
      !ABOUT_FEELINGS.test(draft.text.slice(m.end, m.end + 60)) &&
      (!LEAD_SORRY.test(m.text) || startsSentence(draft.text, m.start)),
  );
  if (found) {
    const span = { start: found.start, end: found.end };
    return { key: "apology", label: LABEL, present: true, span, why: `${quote(draft.text.slice(span.start, span.end))} says sorry in so many words.` };
  }
  const regret = /\bwe\s+regret\b/i.test(draft.text);
  return {
    key: "apology",
    label: LABEL,
    present: false,
    span: null,
    why: regret
      ? "“We regret” is not an apology; say “we are sorry” or “we apologize”, early."
      : "No “we are sorry” or “we apologize”; say it plainly, early.",
  };
}
