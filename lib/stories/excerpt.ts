// Excerpts of a customer's words. Pure. The quote itself is never altered: an excerpt is one
// contiguous passage of it, shown with "…" wherever the original was cut, and marked as an excerpt.

export const ELLIPSIS = "…";

// Why an excerpt cannot be used, or null when it can. An excerpt equal to the whole quote is not
// an excerpt (the caller stores none).
export function excerptProblem(quote: string, excerpt: string): string | null {
  if (excerpt.trim() === "") return "The excerpt is empty.";
  if (excerpt !== excerpt.trim()) return "The excerpt must not start or end with spaces.";
  if (!quote.includes(excerpt)) {
    return "The excerpt must be copied exactly from the customer's words, as one continuous passage: nothing added, nothing changed, nothing skipped in the middle.";
  }
  return null;
}

export type ExcerptParts = { text: string; cutBefore: boolean; cutAfter: boolean };

// What to show: the excerpt with where it was cut, or the whole quote when there is no usable
// excerpt (never a text that is not the customer's).
export function excerptParts(quote: string, excerpt: string | null | undefined): ExcerptParts & { isExcerpt: boolean } {
  if (!excerpt || excerpt === quote || excerptProblem(quote, excerpt) !== null) {
    return { text: quote, cutBefore: false, cutAfter: false, isExcerpt: false };
  }
  const start = quote.indexOf(excerpt);
  const end = start + excerpt.length;
  return {
    text: excerpt,
    // Only whitespace or punctuation left out at an edge is not a cut of the customer's words.
    cutBefore: /[\p{L}\p{N}]/u.test(quote.slice(0, start)),
    cutAfter: /[\p{L}\p{N}]/u.test(quote.slice(end)),
    isExcerpt: true,
  };
}

export function excerptDisplay(quote: string, excerpt: string | null | undefined): string {
  const p = excerptParts(quote, excerpt);
  return `${p.cutBefore ? ELLIPSIS : ""}${p.text}${p.cutAfter ? ELLIPSIS : ""}`;
}
