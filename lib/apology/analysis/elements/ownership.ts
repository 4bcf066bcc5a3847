// Ownership is a sentence with the company as the subject of the failure: "we charged you
// twice", "this was our mistake", "I take full responsibility". The active voice is the point:
// "you were charged twice" describes the same event without anyone doing it.
import type { Draft } from "../draft";
import { firstMatch, isNegated, quote } from "../match";
import { ELEMENT_LABELS } from "../labels";
import type { ElementResult } from "../types";

const LABEL = ELEMENT_LABELS.ownership;

const OWNERSHIP = [
  /\b(?:we|I)\s+(?:(?:really|truly|clearly|completely|badly|simply)\s+)?(?:made\s+(?:(?:a|an|this|the|that|these|two|several|serious|real)\s+)?(?:[\w'’]+\s+)?(?:mistakes?|errors?|change|decision|call)|caused|broke|messed\s+up|screwed\s+up|got\s+(?:this|it|that|things)\s+wrong|let\s+you\s+down|dropped\s+the\s+ball|should\s+(?:not\s+)?have|shouldn['’]t\s+have|were\s+wrong|was\s+wrong|(?:over|double[-\s])?charged|billed|sent|exposed|leaked|deleted|lost|shipped|released|deployed|introduced|failed|approved|decided|chose)\b/gi,
  /\b(?:we|I)\s+(?:did\s+not|didn['’]t)\s+(?:catch|test|check|notice|review|verify|communicate|tell|warn|protect|stop|act)\b/gi,
  /\b(?:our|my)\s+(?:own\s+)?(?:mistake|fault|error|failure|responsibility|bug|oversight|doing|decision|call)\b/gi,
  /\b(?:we|I)\s+(?:fully\s+|completely\s+)?(?:take|accept|own|bear)\s+(?:full\s+|complete\s+|total\s+)?(?:responsibility|ownership|accountability|the\s+blame)\b/gi,
  /\b(?:we|I)\s+own\s+(?:this|it|that|the\s+mistake)\b|\bthis\s+(?:one\s+)?is\s+on\s+(?:us|me)\b/gi,
  /\bthe\s+(?:fault|responsibility|blame)\s+is\s+(?:entirely\s+|all\s+)?(?:ours|mine)\b|\b(?:we|I)\s+(?:were|are|was|am)\s+(?:at\s+fault|responsible|to\s+blame)\b/gi,
];

export function checkOwnership(draft: Draft): ElementResult {
  const found = firstMatch(draft.text, OWNERSHIP, (m) => !isNegated(draft.text, m.start));
  if (!found) {
    return {
      key: "ownership",
      label: LABEL,
      present: false,
      span: null,
      why: "No sentence says who made the mistake in the active voice (“we made”, “our mistake”, “I take responsibility”).",
    };
  }
  return { key: "ownership", label: LABEL, present: true, span: found, why: `${quote(found.text)} says who is responsible, in the active voice.` };
}
