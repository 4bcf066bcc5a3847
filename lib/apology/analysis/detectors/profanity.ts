// Swearing in a public apology reads as careless, whatever the intent. retext-profanities (the
// cuss list) is asked only for words that are likely profane (sureness 1 and up), so words like
// "attack" or "failure", which a security incident needs, are left alone.
import type { Draft } from "../draft";
import { messagesFrom } from "../library-checks";
import { quote, type RawFinding } from "../match";

export function detectProfanity(draft: Draft): RawFinding[] {
  return messagesFrom(draft.library, "retext-profanities").map((message) => ({
    rule: "profanity",
    severity: "medium",
    span: { start: message.start, end: message.end },
    reason: `${quote(message.actual)} may read as profane in a public apology.`,
    suggestion: "Use plain, respectful words.",
  }));
}
