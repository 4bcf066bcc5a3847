// Small helpers shared by the detectors and the element checks: regex matches as spans,
// negation, and keeping a replacement's capital letter in line with the text it replaces.
import type { Draft } from "./draft";
import { sentenceAt } from "./draft";
import type { FindingRule, Severity, Span } from "./types";

export type RawFinding = {
  rule: FindingRule;
  severity: Severity;
  span: Span;
  reason: string;
  suggestion: string;
  replacement?: string;
};

export type Detector = (draft: Draft) => RawFinding[];

export type Match = { start: number; end: number; text: string; groups: string[]; groupSpans: (Span | undefined)[] };

/** Every match of a global regex (`g` flag, plus `d` when group spans are wanted). */
export function matchesOf(text: string, pattern: RegExp): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    const start = m.index ?? 0;
    const indices = m.indices;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      groups: Array.from(m, (g) => g ?? ""),
      groupSpans: indices ? Array.from(indices, (pair) => (pair ? { start: pair[0], end: pair[1] } : undefined)) : [],
    });
  }
  return out;
}

export function firstMatch(text: string, patterns: RegExp[], accept: (m: Match) => boolean = () => true): Match | null {
  let best: Match | null = null;
  for (const pattern of patterns) {
    for (const m of matchesOf(text, pattern)) {
      if (!accept(m)) continue;
      if (!best || m.start < best.start) best = m;
      break;
    }
  }
  return best;
}

const NEGATION_BEFORE = /(?:\bnot|\bnever|\bno|n['’]t)\s+(?:[\w'’]+\s+)?$/i;

/** True when one of the two words before `start` negates what follows ("will not refund"). */
export function isNegated(text: string, start: number): boolean {
  return NEGATION_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

const APOLOGY_WORD = /\b(?:sorry|apologi[sz]e[sd]?|apolog(?:y|ies)|regret(?:s|ted)?)\b/i;

/** True when the sentence holding `offset` contains an apology word. */
export function inApologySentence(draft: Draft, offset: number): boolean {
  const index = sentenceAt(draft, offset);
  return index >= 0 && APOLOGY_WORD.test(draft.sentences[index].text);
}

/** "we made mistakes" → "We made mistakes" when it replaces "Mistakes were made". */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export function quote(text: string): string {
  return `“${text.replace(/\s+/g, " ").trim()}”`;
}
