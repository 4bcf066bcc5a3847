// People forgive faster when the company shows it understands what the mistake cost them: the
// fees, the lost time, the worry. Detected as a sentence that addresses the reader (or names
// the campaign's affected audience) and says what harm came to them.
import { sentenceAt, type Draft } from "../draft";
import { quote } from "../match";
import { contentStems, isContentWord, stem } from "../stem";
import { ELEMENT_LABELS } from "../labels";
import type { ElementResult } from "../types";

const LABEL = ELEMENT_LABELS.impact;

const YOU = /\b(?:you|your|yours|you['’](?:ve|re|ll|d))\b/gi;
const HARM = /\b(?:(?:over|double[-\s])?charged|billed|lost|los(?:e|ing)|locked\s+out|unable|couldn['’]t|could\s+not|can['’]t|cannot|missed|late|delayed|waited|waiting|worr(?:y|ied|ying)|stress(?:ed|ful)?|anxi(?:ety|ous)|frustrat\w*|angry|upset|overdraft|fees?|money|costs?|paid|expos(?:ed|ure)|disrupt\w*|harm(?:ed)?|hurt|affected|impacted|put\s+at\s+risk|at\s+risk|out\s+of\s+pocket|declined|bounced|let\s+(?:you|them)\s+down|no\s+access|without\s+(?:access|service|power|warning|notice|your))\b/gi;

export function checkImpact(draft: Draft): ElementResult {
  const audience = contentStems(draft.context.audience);
  const audienceHits = new Map<number, { start: number; end: number }>();
  if (audience.size > 0) {
    for (const word of draft.words) {
      if (!audienceHits.has(word.sentence) && isContentWord(word.text) && audience.has(stem(word.text))) {
        audienceHits.set(word.sentence, { start: word.start, end: word.end });
      }
    }
  }

  let youIndex = 0;
  const yous = [...draft.text.matchAll(YOU)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (const harm of draft.text.matchAll(HARM)) {
    const hStart = harm.index ?? 0;
    const hEnd = hStart + harm[0].length;
    const sentenceIndex = sentenceAt(draft, hStart);
    if (sentenceIndex < 0) continue;
    const sentence = draft.sentences[sentenceIndex];
    while (youIndex < yous.length && yous[youIndex].end <= sentence.start) youIndex++;
    const you = nearest(yous, youIndex, sentence, hStart);
    const who = you ?? audienceHits.get(sentenceIndex);
    if (!who) continue;
    const span = { start: Math.min(who.start, hStart), end: Math.max(who.end, lastHarmEnd(draft.text, hEnd, sentence.end)) };
    return { key: "impact", label: LABEL, present: true, span, why: `${quote(draft.text.slice(span.start, span.end))} says what this did to the people affected.` };
  }
  return {
    key: "impact",
    label: LABEL,
    present: false,
    span: null,
    why: "Nothing says what the mistake did to the people affected (the fees, the lost time, the worry).",
  };
}

/** The "you" closest to the harm word, within the same sentence. */
function nearest(yous: { start: number; end: number }[], from: number, sentence: { start: number; end: number }, at: number) {
  let best: { start: number; end: number } | undefined;
  for (let i = from; i < yous.length && yous[i].start < sentence.end; i++) {
    if (!best || Math.abs(yous[i].start - at) < Math.abs(best.start - at)) best = yous[i];
  }
  return best;
}

/** Where the last harm word of the sentence ends, so the span shows all of it ("you paid overdraft fees"). */
function lastHarmEnd(text: string, from: number, sentenceEnd: number): number {
  let end = from;
  for (const m of text.slice(from, sentenceEnd).matchAll(HARM)) end = from + (m.index ?? 0) + m[0].length;
  return end;
}
