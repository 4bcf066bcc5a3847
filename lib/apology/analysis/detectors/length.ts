// A social post that does not fit is cut off or rejected, and the part that falls off is
// usually the fix and where to get help. The finding covers exactly the characters over the limit.
import type { Draft } from "../draft";
import type { RawFinding } from "../match";

export const SOCIAL_CHAR_LIMIT = 280;

/** The channel's character limit: 280 for "social", none for the others. */
export function charLimitFor(channel: string): number | null {
  return channel.trim().toLowerCase() === "social" ? SOCIAL_CHAR_LIMIT : null;
}

/** Characters as people count them: a code point each, so an emoji counts once. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export function detectLength(draft: Draft): RawFinding[] {
  const limit = charLimitFor(draft.context.channel);
  const text = draft.text.trimEnd();
  if (limit === null) return [];
  const length = countCharacters(text);
  if (length <= limit) return [];
  let offset = 0;
  let seen = 0;
  for (const ch of text) {
    if (seen === limit) break;
    offset += ch.length;
    seen++;
  }
  const over = length - limit;
  return [
    {
      rule: "length",
      severity: "medium",
      span: { start: offset, end: text.length },
      reason: `This post is ${length} characters; social posts are limited to ${limit}, so the last ${over} will not fit.`,
      suggestion: `Cut ${over} character${over === 1 ? "" : "s"}: keep the apology, the fix and where to get help.`,
    },
  ];
}
