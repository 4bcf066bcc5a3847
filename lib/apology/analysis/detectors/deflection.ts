// Stock lines like "it was never our intention", "we take security seriously" and "unforeseen
// circumstances" talk about the company's good intentions or bad luck instead of its actions.
// Readers have seen them in every breach notice and take them as a sign of a non-apology.
import type { Draft } from "../draft";
import { matchesOf, type RawFinding } from "../match";

type Deflection = { pattern: RegExp; reason: string; suggestion: string };

const DEFLECTIONS: Deflection[] = [
  {
    pattern: /\b(?:it\s+was\s+)?(?:never|not)\s+our\s+intent(?:ion)?\b|\bwe\s+(?:never|did\s+not|didn['’]t)\s+(?:intend|mean)\s+to\b/gi,
    reason: "Talking about your intentions shifts attention from what actually happened to people.",
    suggestion: "Drop the intentions and describe the effect you had.",
  },
  {
    pattern: /\bwe\s+take\s+(?:[\w'’]+\s+){1,4}?(?:very\s+|extremely\s+|incredibly\s+|so\s+)?seriously\b/gi,
    reason: "“We take this seriously” is a stock phrase; readers believe what you do, not what you say you value.",
    suggestion: "Replace it with a concrete action and a date.",
  },
  {
    pattern: /\bunforeseen\s+(?:circumstances|events|issues|problems|technical\s+[\w'’]+)\b|\b(?:beyond|outside(?:\s+of)?)\s+our\s+control\b/gi,
    reason: "This presents the failure as bad luck rather than something you could have prevented.",
    suggestion: "Say what you could have done differently, and what you will do now.",
  },
  {
    pattern: /\ban?\s+isolated\s+(?:incident|case|issue|event|error)\b|\bsophisticated\s+(?:cyber[-\s]?)?(?:attacks?|attackers?|criminals?|hackers?|actors?|cyberattacks?)\b/gi,
    reason: "This frames the failure as a rare or unstoppable event, which readers take as an excuse.",
    suggestion: "Describe what happened and what you are changing, without the framing.",
  },
  {
    pattern: /\b(?:mistakes|accidents|errors|these\s+things|things\s+like\s+this)\s+(?:happen|can\s+happen)\b|\bno(?:body|\s+one)\s+is\s+perfect\b|\b(?:like\s+(?:many|other|all)\s+companies|industry[-\s]wide)\b/gi,
    reason: "This excuses the failure as normal instead of owning it.",
    suggestion: "Leave out the excuse; own this failure on its own terms.",
  },
];

export function detectDeflection(draft: Draft): RawFinding[] {
  const out: RawFinding[] = [];
  for (const deflection of DEFLECTIONS) {
    for (const m of matchesOf(draft.text, deflection.pattern)) {
      out.push({ rule: "deflection", severity: "medium", span: m, reason: deflection.reason, suggestion: deflection.suggestion });
    }
  }
  return out;
}
