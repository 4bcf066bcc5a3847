// A sentence customers have to read twice sounds like it was written by lawyers, and people
// skim past the part that matters to them. retext-readability runs seven readability formulas
// on each sentence and flags those most of them rate as too hard for a 16-year-old.
import type { Draft } from "../draft";
import { messagesFrom } from "../library-checks";
import type { RawFinding } from "../match";

export function detectReadability(draft: Draft): RawFinding[] {
  return messagesFrom(draft.library, "retext-readability").map((message) => {
    const agreement = /according to (.+) algorithms/.exec(message.reason)?.[1] ?? "most";
    return {
      rule: "readability",
      severity: "low",
      span: trimSpan(draft.text, message.start, message.end),
      reason: `This sentence is hard to read: ${agreement} readability formulas rate it above a 16-year-old's level.`,
      suggestion: "Split it into shorter sentences and use everyday words.",
    };
  });
}

function trimSpan(text: string, start: number, end: number) {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}
