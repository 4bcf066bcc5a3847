// An apology that hurts someone else in passing ("hey guys", "that was crazy") opens a second
// incident. retext-equality knows the words that can exclude or offend, with alternatives.
import type { Draft } from "../draft";
import { messagesFrom } from "../library-checks";
import { matchCase, quote, type RawFinding } from "../match";

export function detectInsensitive(draft: Draft): RawFinding[] {
  return messagesFrom(draft.library, "retext-equality").map((message) => {
    const options = message.expected;
    return {
      rule: "insensitive",
      severity: "medium",
      span: { start: message.start, end: message.end },
      reason: `${quote(message.actual)} may exclude or hurt some of the people you are apologizing to.`,
      suggestion: options.length > 0 ? `Consider ${options.slice(0, 4).map(quote).join(", ")}.` : "Choose a more considerate word.",
      // Only a single suggested alternative is safe to apply without reading the sentence.
      replacement: options.length === 1 ? matchCase(message.actual, options[0]) : undefined,
    };
  });
}
