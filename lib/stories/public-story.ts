// What the public may see of a story, and how it is worded. Pure: shared by the wall component,
// the embeddable wall and the public queries.
import { excerptParts } from "@/lib/stories/excerpt";

export type PublicStory = {
  id: string;
  authorName: string;
  authorTitle: string;
  quote: string;
  excerpt: string | null;
  sourceUrl: string | null;
  channel: string;
  rating: number | null;
  incentivized: boolean;
  publishedAt: Date | null;
};

// The FTC rule on consumer reviews and testimonials (16 CFR Part 465, 2024): a review given in
// exchange for compensation says so, clearly and next to the review.
export const INCENTIVE_DISCLOSURE = "Received compensation for this review";

export const ANONYMOUS_AUTHOR = "A customer";

export function authorLabel(s: Pick<PublicStory, "authorName">): string {
  return s.authorName.trim() || ANONYMOUS_AUTHOR;
}

export function ratingLabel(rating: number | null): string | null {
  if (rating === null || !Number.isInteger(rating) || rating < 1 || rating > 5) return null;
  return `Rated ${rating} out of 5`;
}

export function ratingStars(rating: number): string {
  return "★".repeat(rating) + "☆".repeat(5 - rating);
}

// Links leave the page only towards http(s) addresses; anything else is not shown.
export function safeSourceUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.toString() : null;
  } catch {
    return null;
  }
}

export function storyParts(s: Pick<PublicStory, "quote" | "excerpt">) {
  return excerptParts(s.quote, s.excerpt);
}
