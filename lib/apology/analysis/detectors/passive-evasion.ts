// "Mistakes were made" names the mistake and hides who made it. Stock evasions are flagged
// high with a one-click active rewrite; other passive clauses found by retext-passive are
// flagged low, and only when the sentence does not say who did it ("by our team").
import { sentenceAt, type Draft } from "../draft";
import { messagesFrom } from "../library-checks";
import { matchCase, matchesOf, type RawFinding } from "../match";

type Evasion = { pattern: RegExp; severity: "high" | "medium"; rewrite: (m: string[]) => string };

const EVASIONS: Evasion[] = [
  {
    pattern: /\b(mistakes|errors)\s+(?:were|have\s+been|had\s+been)\s+made\b/gi,
    severity: "high",
    rewrite: (g) => `we made ${g[1].toLowerCase()}`,
  },
  {
    pattern: /\b(a\s+mistake|an\s+error|some\s+mistakes|some\s+errors)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+made\b/gi,
    severity: "high",
    rewrite: (g) => `we made ${g[1].toLowerCase().replace(/\s+/g, " ")}`,
  },
  {
    pattern: /\b((?:an?\s+|some\s+)?(?:errors?|mistakes?|issues?|problems?|glitch(?:es)?|incidents?))\s+(?:occurred|arose|happened|took\s+place|(?:has|have)\s+(?:occurred|arisen|happened))\b/gi,
    severity: "high",
    rewrite: (g) => {
      const noun = g[1].toLowerCase().replace(/\s+/g, " ");
      return /\b(?:errors?|mistakes?)$/.test(noun) ? `we made ${withArticle(noun)}` : `we caused ${withArticle(noun)}`;
    },
  },
  {
    pattern: /\b(things|something)\s+(?:went|have\s+gone|has\s+gone)\s+wrong\b/gi,
    severity: "medium",
    rewrite: (g) => (g[1].toLowerCase() === "things" ? "we got things wrong" : "we got something wrong"),
  },
];

function withArticle(noun: string): string {
  if (/^(?:an?|some)\s/.test(noun) || /s$/.test(noun)) return noun;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

const BE_BEFORE = /\b(?:am|are|is|was|were|be|been|being)\s+$/i;
const AGENT_AFTER = /^\s+(?:[\w'’]+\s+){0,3}?by\b/i;
const NOTHING_BEFORE = /(?:^|[,;:]\s*)(?:no|none|nothing|neither)\b[^,;:]*$/i;

function sentenceBefore(draft: Draft, offset: number): string {
  const index = sentenceAt(draft, offset);
  return index < 0 ? "" : draft.text.slice(draft.sentences[index].start, offset);
}

export function detectPassiveEvasion(draft: Draft): RawFinding[] {
  const { text } = draft;
  const out: RawFinding[] = [];
  for (const evasion of EVASIONS) {
    for (const m of matchesOf(text, evasion.pattern)) {
      out.push({
        rule: "passive-evasion",
        severity: evasion.severity,
        span: m,
        reason: "This names the mistake but hides who made it, which reads as dodging responsibility.",
        suggestion: "Say who did it, in the active voice.",
        replacement: matchCase(m.text, evasion.rewrite(m.groups)),
      });
    }
  }

  for (const message of messagesFrom(draft.library, "retext-passive")) {
    const after = text.slice(message.end, message.end + 40);
    if (AGENT_AFTER.test(after)) continue; // "was made by our billing team": the agent is named.
    if (NOTHING_BEFORE.test(sentenceBefore(draft, message.start))) continue; // "No card numbers were taken": nothing happened, nobody to name.
    const before = text.slice(Math.max(0, message.start - 12), message.start);
    const be = BE_BEFORE.exec(before);
    const start = be ? message.start - be[0].length : message.start;
    out.push({
      rule: "passive-evasion",
      severity: "low",
      span: { start, end: message.end },
      reason: "This passive clause does not say who did it, so readers may wonder who is responsible.",
      suggestion: "Name who acted: “we …”.",
    });
  }
  return out;
}
