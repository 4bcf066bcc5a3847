// After "sorry", the first thing people want to know is what is being done for them now:
// the refund, the restored service, the reversed charge.
import type { Draft } from "../draft";
import { firstMatch, isNegated, quote } from "../match";
import { ELEMENT_LABELS } from "../labels";
import type { ElementResult } from "../types";

const LABEL = ELEMENT_LABELS.fix;

const WE = String.raw`(?:(?:we|I)(?:['’](?:ve|ll|re|m))?\s+(?:(?:have|will|are|am|already|now|also|automatically|fully|immediately)\s+)*)?`;
const FIXES = [
  new RegExp(
    String.raw`\b${WE}(?:refund(?:ed|ing|s)?|reimburs\w+|credit(?:ed|ing)?|fix(?:ed|ing)?|restor(?:ed|ing|e)|repair(?:ed|ing)?|resolv(?:ed|ing|e)|revers(?:ed|ing|e)|correct(?:ed|ing)|roll(?:ed|ing)?\s+back|waiv(?:ed|ing|e)|compensat\w+|patch(?:ed|ing)?|cover(?:ed|ing)?\s+(?:any|all|the|your)\s+(?:[\w'’]+\s+)?(?:fees?|costs?|charges?)|pa(?:y|id)\s+(?:you\s+)?back|cancel(?:l?ed|l?ing)?\s+(?:the|every|all)\s+(?:duplicate|extra|second|double)\s+[\w'’]+|reset|secured|unlocked|reinstated|reissued|replaced|resent|re-sent|(?:now\s+|been\s+)(?:re)?delivered|extended\s+(?:your|every|all|the)|back\s+(?:online|up\s+and\s+running)|working\s+again)\b`,
    "gi",
  ),
];

export function checkFix(draft: Draft): ElementResult {
  const found = firstMatch(draft.text, FIXES, (m) => !isNegated(draft.text, m.start));
  if (!found) {
    return { key: "fix", label: LABEL, present: false, span: null, why: "Nothing says what is being put right now (a refund, a restored service, a reversed charge)." };
  }
  return { key: "fix", label: LABEL, present: true, span: found, why: `${quote(found.text)} says what is being put right.` };
}
