// An apology is about the people who were harmed. Mentions of the brand, its reputation, its
// shareholders or how hard this has been for the company turn it back towards the company.
import type { Draft } from "../draft";
import { matchCase, matchesOf, type RawFinding } from "../match";

type SelfFocus = { pattern: RegExp; replacement?: string };

const SELF_FOCUS: SelfFocus[] = [
  { pattern: /\bour\s+(?:brand|reputation|image|shareholders|stockholders|investors|stock(?:\s+price)?|share\s+price|valuation|bottom\s+line|good\s+name)\b/gi },
  { pattern: /\b(?:shareholders|stockholders|investors)\b/gi },
  {
    pattern: /\b(?:we|I)\s+(?:are|am|were|was|feel|felt|['’]re|['’]m)\s+(?:(?:very|deeply|truly|so|extremely|incredibly|personally)\s+)?(?:disappointed|saddened|frustrated|embarrassed|heartbroken|devastated|gutted)\b/gi,
    replacement: "we let you down",
  },
  { pattern: /\b(?:a\s+)?(?:difficult|hard|tough|challenging|painful|trying)\s+(?:time|period|day|week|month|year|moment)s?\s+for\s+(?:us|our\s+(?:company|team|business|brand|family|staff)|the\s+company|everyone\s+here)\b/gi },
  { pattern: /\b(?:this|it)\s+(?:has\s+been|is|was)\s+(?:hard|difficult|tough|painful)\s+(?:on|for)\s+us\b/gi },
  { pattern: /\bwe\s+(?:too\s+)?(?:are|were)\s+(?:also\s+)?(?:the\s+)?victims?\b/gi },
  { pattern: /\b(?:our|the)\s+(?:team|company|employees|staff|engineers)\s+(?:has|have)\s+(?:been\s+)?(?:working|worked)\s+(?:tirelessly|around\s+the\s+clock|day\s+and\s+night)\b/gi },
  { pattern: /\bwe\s+pride\s+ourselves\b/gi },
];

export function detectSelfFocus(draft: Draft): RawFinding[] {
  const out: RawFinding[] = [];
  for (const { pattern, replacement } of SELF_FOCUS) {
    for (const m of matchesOf(draft.text, pattern)) {
      out.push({
        rule: "self-focus",
        severity: "medium",
        span: m,
        reason: "This turns the apology towards the company and its feelings instead of the people it harmed.",
        suggestion: "Keep the focus on customers: what happened to them and what you are doing for them.",
        replacement: replacement ? matchCase(m.text, replacement) : undefined,
      });
    }
  }
  return out;
}
