// "We are sorry for the recent issue" could be about anything. Naming what happened, in the
// words the campaign itself uses for it, shows the company knows exactly what it did. Compared
// by content-word stems, so "charged you twice" matches a summary about "double charges".
import type { Draft } from "../draft";
import { quote } from "../match";
import { contentStems, isContentWord, stem } from "../stem";
import { ELEMENT_LABELS } from "../labels";
import type { ElementResult } from "../types";

const LABEL = ELEMENT_LABELS.specifics;

const CONCRETE = /\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

export function checkSpecifics(draft: Draft): ElementResult {
  const reference = contentStems(`${draft.context.title} ${draft.context.summary}`);
  let best: { sentence: number; matched: string[] } | null = null;

  const matchedBySentence = new Map<number, string[]>();
  const seenBySentence = new Map<number, Set<string>>();
  for (const word of draft.words) {
    for (const part of word.text.split("-")) {
      if (!isContentWord(part)) continue;
      const s = stem(part);
      if (!reference.has(s)) continue;
      const seen = seenBySentence.get(word.sentence) ?? new Set<string>();
      if (seen.has(s)) continue;
      seen.add(s);
      seenBySentence.set(word.sentence, seen);
      matchedBySentence.set(word.sentence, [...(matchedBySentence.get(word.sentence) ?? []), part]);
    }
  }

  for (const [sentence, matched] of matchedBySentence) {
    // Two shared stems, or one when the campaign's description is only a few words long.
    const enough = matched.length >= 2 || (matched.length === 1 && reference.size <= 3);
    if (enough && (!best || matched.length > best.matched.length)) best = { sentence, matched };
  }
  if (!best && reference.size === 0) {
    // No campaign description to compare with: accept a sentence with concrete details.
    const index = draft.sentences.findIndex((s) => s.wordCount >= 6 && CONCRETE.test(s.text));
    if (index >= 0) best = { sentence: index, matched: [] };
  }

  if (!best) {
    return {
      key: "specifics",
      label: LABEL,
      present: false,
      span: null,
      why: reference.size > 0
        ? "No sentence describes what happened in the campaign's own terms; name the failure in plain words."
        : "No sentence names what happened with concrete details (what, when, how many).",
    };
  }
  const sentence = draft.sentences[best.sentence];
  const span = { start: sentence.start, end: sentence.start + sentence.text.trimEnd().length };
  return {
    key: "specifics",
    label: LABEL,
    present: true,
    span,
    why: best.matched.length > 0
      ? `Names what happened in the campaign's terms: ${best.matched.slice(0, 6).map(quote).join(", ")}.`
      : "Names what happened with concrete details.",
  };
}
