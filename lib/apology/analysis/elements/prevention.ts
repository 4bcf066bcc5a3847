// "It won't happen again" is only believable with a change behind it. This looks for a stated
// change (a new check, a changed process) or an explicit commitment against recurrence.
import type { Draft } from "../draft";
import { firstMatch, isNegated, quote } from "../match";
import { ELEMENT_LABELS } from "../labels";
import type { ElementResult } from "../types";

const LABEL = ELEMENT_LABELS.prevention;

const NOT_AGAIN = String.raw`(?:never|won['’]t|will\s+not|cannot|can['’]t|can\s+never|does\s+not|doesn['’]t|do\s+not|don['’]t)\s+happens?\s+again`;
const PREVENTION = [
  new RegExp(String.raw`\b(?:so\s+(?:that\s+)?|to\s+(?:make\s+sure|ensure|guarantee)\s+(?:that\s+)?)(?:this|it|that|nothing\s+like\s+this|the\s+same\s+thing)\s+${NOT_AGAIN}\b`, "gi"),
  new RegExp(String.raw`\b(?:this|it)\s+${NOT_AGAIN}\b|\bnever\s+happens\s+again\b`, "gi"),
  /\bto\s+(?:prevent|avoid|stop)\s+(?:this|it|a\s+repeat|(?:a\s+)?recurrence|similar|future|the\s+same|anything\s+like\s+this)\b/gi,
  /\b(?:we|I)\s+(?:(?:are|['’]re|have|['’]ve|will|['’]ll|now|also|already)\s+)+(?:adding|added|add|introducing|introduced|introduce|putting\s+in\s+place|put\s+in\s+place|changing|changed|change|building|built|requiring|required|require|rewriting|rewritten|installing|installed|hiring|hired|implementing|implemented|auditing|audited)\b/gi,
  /\b(?:we|I)\s+(?:added|changed|introduced|built|rewrote|installed|hired|implemented)\b/gi,
  /\bnew\s+(?:automated\s+)?(?:checks?|safeguards?|tests?|alerts?|alarms?|monitoring|controls?|reviews?|limits?|process(?:es)?|procedures?|rules?|training)\b/gi,
  /\bfrom\s+now\s+on\b|\bsafeguards?\b/gi,
];

export function checkPrevention(draft: Draft): ElementResult {
  const found = firstMatch(draft.text, PREVENTION, (m) => !isNegated(draft.text, m.start));
  if (!found) {
    return {
      key: "prevention",
      label: LABEL,
      present: false,
      span: null,
      why: "Nothing says what is changing so this does not happen again (a new check, a changed process).",
    };
  }
  return { key: "prevention", label: LABEL, present: true, span: found, why: `${quote(found.text)} says how you will stop this happening again.` };
}
