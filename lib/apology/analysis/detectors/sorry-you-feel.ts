// "We're sorry you feel that way" regrets the customer's feelings and says nothing about the
// company's actions: it reads as blaming the reader for being upset.
import type { Draft } from "../draft";
import { matchesOf, type RawFinding } from "../match";

const WHO = String.raw`(?:you|anyone|anybody|some\s+(?:of\s+you|people|customers)|people|customers|our\s+customers)`;
const FEEL = String.raw`(?:feel|felt|feels|feeling|found|find|think|thought|perceived?|see)`;
const MOOD = String.raw`(?:upset|offended|angry|annoyed|frustrated|disappointed|unhappy|hurt|let\s+down)`;

const SORRY_YOU_FEEL = new RegExp(
  String.raw`\b(?:sorry|apologi[sz]e|regret)\s+((?:that\s+|if\s+)?${WHO}\s+(?:(?:may|might)\s+(?:have\s+)?|are\s+|were\s+|have\s+|had\s+)?${FEEL}\b(?:\s+(?:that\s+way|this\s+way|so|${MOOD}|that\s+we\s+[\w'’]+))?)`,
  "dgi",
);
const SORRY_YOU_ARE_UPSET = new RegExp(String.raw`\bsorry\s+((?:that\s+|if\s+)?${WHO}\s+(?:are|were|got|have\s+been)\s+${MOOD})\b`, "dgi");
const SORRY_FOR_HOW = /\bsorry\s+(for\s+how\s+(?:you|anyone|people)\s+(?:feel|felt|are\s+feeling|reacted))\b/dgi;

export function detectSorryYouFeel(draft: Draft): RawFinding[] {
  const out: RawFinding[] = [];
  for (const pattern of [SORRY_YOU_FEEL, SORRY_YOU_ARE_UPSET, SORRY_FOR_HOW]) {
    for (const m of matchesOf(draft.text, pattern)) {
      const span = m.groupSpans[1];
      if (!span) continue;
      out.push({
        rule: "sorry-you-feel",
        severity: "high",
        span,
        reason: "Being sorry about how people feel puts the problem on their reaction instead of on what you did.",
        suggestion: "Say sorry for the action itself, e.g. “we are sorry we charged you twice”.",
        replacement: "for what we did",
      });
    }
  }
  return out;
}
