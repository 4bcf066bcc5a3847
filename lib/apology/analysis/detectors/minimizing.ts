// Words like "minor", "a small number" and "any inconvenience" tell the people who were harmed
// that their harm was small. Only they get to judge that; to them it reads as dismissive.
import type { Draft } from "../draft";
import { matchCase, matchesOf, quote, type RawFinding } from "../match";

type Minimizer = { pattern: RegExp; suggestion: string; replacement?: (text: string) => string };

const HARM_NOUNS = "outage|interruption|disruption|period|delay|downtime|glitch|issue|problem|error|exposed|unavailable|affected|impacted|down|offline|inaccessible|visible|accessible|lapse";

const MINIMIZERS: Minimizer[] = [
  {
    pattern: /\b(?:any|the|this|all|some|an)\s+inconveniences?\b(?:\s+(?:this|that|it|which)\s+(?:may\s+|might\s+|could\s+)?(?:have\s+)?(?:caused|created)(?:\s+(?:you|to\s+you|for\s+you))?|\s+caused(?:\s+(?:to\s+you|you))?)?/gi,
    suggestion: "Name the real harm, e.g. “the overdraft fees you paid”.",
    replacement: () => "the harm this caused you",
  },
  {
    pattern: /\b(?:a\s+)?(?:very\s+)?(?:small|tiny|limited|minimal|negligible)\s+(?:number|percentage|portion|fraction|subset|group|amount|minority)\s+of\b/gi,
    suggestion: "Give the real number of people affected.",
  },
  {
    pattern: /\b(?:only|just|merely)\s+(?:a\s+)?(?:few|handful|small|fraction|tiny|limited|minority|couple)\b(?:\s+of)?/gi,
    suggestion: "Give the real number of people affected.",
  },
  { pattern: /\ba\s+handful\s+of\b/gi, suggestion: "Give the real number of people affected." },
  { pattern: /\bminor\b(?!s\b|['’]s\b)/gi, suggestion: "Drop “minor”: let the people affected judge how much it mattered." },
  { pattern: /\bslight(?:ly)?\b/gi, suggestion: "Drop the softener and describe what happened plainly." },
  {
    pattern: new RegExp(String.raw`\b(?:brief(?:ly)?|temporar(?:y|ily)|momentar(?:y|ily))\b(?=(?:\s+[\w'’]+)?\s+(?:${HARM_NOUNS})\b)`, "gi"),
    suggestion: "Give the actual duration instead, e.g. “for 2 hours 35 minutes”.",
  },
  {
    pattern: /\ba\s+(?:small|little|tiny)\s+(?:issue|problem|error|mistake|glitch|hiccup|bug|incident)\b/gi,
    suggestion: "Describe what happened without judging its size.",
  },
  {
    pattern: /\b(?:glitch|hiccup|blip)(?:es|s)?\b/gi,
    suggestion: "Call it what it was: a failure.",
    replacement: (text) => (/s$/i.test(text) ? "failures" : "failure"),
  },
];

export function detectMinimizing(draft: Draft): RawFinding[] {
  const out: RawFinding[] = [];
  for (const minimizer of MINIMIZERS) {
    for (const m of matchesOf(draft.text, minimizer.pattern)) {
      out.push({
        rule: "minimizing",
        severity: "medium",
        span: m,
        reason: `Saying ${quote(m.text)} makes the harm sound small; only the people affected can judge that.`,
        suggestion: minimizer.suggestion,
        replacement: minimizer.replacement ? matchCase(m.text, minimizer.replacement(m.text)) : undefined,
      });
    }
  }
  return out;
}
