// "Your data may have been exposed" leaves the reader to guess, and sounds like the company is
// keeping its options open. Hedges come from retext-intensify, narrowed to the words that hedge
// a claim (its full list also flags "will", "that" and "some", which an apology needs, and
// "appears", as in "the refund appears on your statement"), plus the "may have" and
// "appears to have" forms it does not cover as phrases.
import type { Draft } from "../draft";
import { messagesFrom } from "../library-checks";
import { matchesOf, type RawFinding } from "../match";
import { INTENSIFY_HEDGES } from "./hedging-words";

const HEDGES = [
  /\b(?:may|might)\s+(?:have|not|be|been)\b/gi,
  /\b(?:potentially|allegedly|seemingly)\b/gi,
  /\bit\s+is\s+possible\s+that\b|\bto\s+some\s+(?:extent|degree)\b|\bit\s+(?:appears|seems)\s+(?:that|as\s+if|like)\b|\b(?:appears?|seems?)\s+to\s+have\b/gi,
];

const reason = "Hedging makes it sound as if you are unsure or keeping your options open.";
const suggestion = "Say what you know. If something is still unknown, say so and when you will know.";

export function detectHedging(draft: Draft): RawFinding[] {
  const out: RawFinding[] = [];
  for (const message of messagesFrom(draft.library, "retext-intensify")) {
    if (!INTENSIFY_HEDGES.has(message.actual.toLowerCase().replace(/\s+/g, " "))) continue;
    out.push({ rule: "hedging", severity: "low", span: { start: message.start, end: message.end }, reason, suggestion });
  }
  for (const pattern of HEDGES) {
    for (const m of matchesOf(draft.text, pattern)) {
      out.push({ rule: "hedging", severity: "low", span: m, reason, suggestion });
    }
  }
  return out;
}
