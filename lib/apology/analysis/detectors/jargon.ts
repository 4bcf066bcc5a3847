// Jargon puts distance between the company and the people it harmed: "out of an abundance of
// caution" and "remediation" sound like a legal department, not like someone who is sorry.
// Complex words come from retext-simplify; corporate phrases from a short list of our own.
import type { Draft } from "../draft";
import { messagesFrom } from "../library-checks";
import { matchCase, matchesOf, quote, type RawFinding } from "../match";
import { CORPORATE_JARGON, PLAIN_WORDS } from "./jargon-words";

export function detectJargon(draft: Draft): RawFinding[] {
  const out: RawFinding[] = [];
  for (const message of messagesFrom(draft.library, "retext-simplify")) {
    const expected = message.expected.filter((e) => e !== "remove" && !e.includes("…"));
    const plain = PLAIN_WORDS[message.actual.toLowerCase().replace(/\s+/g, " ")] ?? expected[0];
    out.push({
      rule: "jargon",
      severity: "low",
      span: { start: message.start, end: message.end },
      reason: `${quote(message.actual)} is a complicated way to say something simple.`,
      suggestion: plain ? `Use ${[plain, ...expected.filter((e) => e !== plain)].map(quote).join(" or ")} instead.` : "Remove it or say it more plainly.",
      replacement: plain ? matchCase(message.actual, plain) : undefined,
    });
  }
  for (const jargon of CORPORATE_JARGON) {
    for (const m of matchesOf(draft.text, jargon.pattern)) {
      const plain = jargon.replacement?.(m.text);
      out.push({
        rule: "jargon",
        severity: "low",
        span: m,
        reason: `${quote(m.text)} is corporate jargon; it sounds scripted rather than sincere.`,
        suggestion: plain ? `Say ${quote(plain)}.` : "Say plainly what you mean.",
        replacement: plain ? matchCase(m.text, plain) : undefined,
      });
    }
  }
  return out;
}
