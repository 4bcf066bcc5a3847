// "We're sorry if anyone was offended" apologizes for the reader's reaction, not for what the
// company did, and hints that maybe nobody was harmed. Readers recognize it at once as a
// non-apology, so it is the most damaging phrase an apology can contain.
import type { Draft } from "../draft";
import { inApologySentence, matchCase, matchesOf, type RawFinding } from "../match";

const HARM = "offended|upset|hurt|harmed|affected|impacted|inconvenienced|disappointed|bothered|troubled|concerned|frustrated|confused|angered";

// "if anyone was offended": an indefinite someone, so it is conditional wherever it appears.
const IF_SOMEONE = new RegExp(
  String.raw`\bif\s+(?:anyone|anybody|someone|somebody|any\s+(?:of\s+)?(?:you|customers?|users?|one)|some\s+(?:of\s+you|people|customers|users))\s+(?:[\w'’]+\s+){0,3}?(${HARM})\b`,
  "gi",
);
// "if you were affected", "if our post upset you": conditional when it qualifies an apology.
const IF_ANY = new RegExp(String.raw`\bif\s+(?:[\w'’]+\s+){1,4}?(${HARM})\b(?:\s+(?:anyone|anybody|someone|you|people|any\s+of\s+you))?`, "gi");
// "sorry if this caused concern": whatever follows "sorry if", up to the end of the clause.
const SORRY_IF = /\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:to\s+\w+\s+)?(if\s+(?!(?:you|anyone|anybody|some\s+\w+|people|customers)\s+(?:may\s+|might\s+)?(?:feel|felt|think|thought|found)\b)(?:(?!\b(?:and|but|so|because|or|we)\b)[^.!?,;:\n]){1,80})/dgi;
// "to those who were offended", "to anyone who": only some readers are owed the apology.
const TO_THOSE_WHO = /\bto\s+(?:all\s+)?(?:those|anyone|anybody|any\s+of\s+you|any\s+customers?|those\s+customers)\s+(?:of\s+you\s+)?who\b(?:\s+(?:was|were|has\s+been|have\s+been|may\s+have\s+been|might\s+have\s+been|felt|feel)\s+([a-z]+(?:ed|urt|pset)))?/gi;

function replacementFor(harm: string): string {
  const word = harm.toLowerCase();
  if (word === "offended") return "for offending you";
  if (word === "hurt" || word === "upset" || word === "harmed") return "for the hurt we caused";
  return "for how this affected you";
}

export function detectConditionalApology(draft: Draft): RawFinding[] {
  const { text } = draft;
  const out: RawFinding[] = [];
  const reason = "An apology with “if” apologizes for how people reacted, not for what you did, and suggests maybe no one was harmed.";
  const suggestion = "Drop the condition: say what you did and that you are sorry for it.";

  for (const m of matchesOf(text, IF_SOMEONE)) {
    out.push({ rule: "conditional-apology", severity: "high", span: m, reason, suggestion, replacement: replacementFor(m.groups[1]) });
  }
  for (const m of matchesOf(text, IF_ANY)) {
    if (!inApologySentence(draft, m.start)) continue;
    out.push({ rule: "conditional-apology", severity: "high", span: m, reason, suggestion, replacement: replacementFor(m.groups[1]) });
  }
  for (const m of matchesOf(text, SORRY_IF)) {
    const span = m.groupSpans[1];
    if (!span) continue;
    out.push({ rule: "conditional-apology", severity: "high", span: { start: span.start, end: trimEnd(text, span) }, reason, suggestion });
  }
  for (const m of matchesOf(text, TO_THOSE_WHO)) {
    if (!inApologySentence(draft, m.start)) continue;
    const participle = m.groups[1];
    out.push({
      rule: "conditional-apology",
      severity: "medium",
      span: m,
      reason: "Apologizing “to those who” were affected implies only some readers are owed an apology.",
      suggestion: "Apologize to everyone you affected, without qualifying who.",
      replacement: participle ? matchCase(m.text, `to everyone we ${participle.toLowerCase()}`) : undefined,
    });
  }
  return out;
}

function trimEnd(text: string, span: { start: number; end: number }): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}
