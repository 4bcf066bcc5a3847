// The Automated Readability Index: a US school grade from characters per word and words per
// sentence. Chosen because it needs no syllable guessing, so it is exact and reproducible.
import type { Draft } from "./draft";

export function readingGrade(draft: Draft): number | null {
  const words = draft.words.length;
  const sentences = draft.sentences.filter((s) => s.wordCount > 0).length;
  if (words === 0 || sentences === 0) return null;
  let characters = 0;
  for (const word of draft.words) characters += word.text.replace(/[^\p{L}\p{N}]/gu, "").length;
  const grade = 4.71 * (characters / words) + 0.5 * (words / sentences) - 21.43;
  return Math.max(0, Math.round(grade * 10) / 10);
}
