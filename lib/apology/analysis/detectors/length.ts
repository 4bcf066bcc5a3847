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

/** The length of the post as published: without the blank space around it. */
export function publishedLength(text: string): number {
  return countCharacters(text.trim());
}

export function detectLength(draft: Draft): RawFinding[] {
  const limit = charLimitFor(draft.context.channel);
  if (limit === null) return [];
  const { text } = draft;
  const length = publishedLength(text);
  if (length <= limit) return [];
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  let offset = start;
  let seen = 0;
  for (const ch of text.slice(start, end)) {
    if (seen === limit) break;
    offset += ch.length;
    seen++;
  }
  const over = length - limit;
  return [
    {
      rule: "length",
      severity: "medium",
      span: { start: offset, end },
      reason: `This post is ${length} characters; social posts are limited to ${limit}, so the last ${over} will not fit.`,
      suggestion: `Cut ${over} character${over === 1 ? "" : "s"}: keep the apology, the fix and where to get help.`,
    },
  ];
}
