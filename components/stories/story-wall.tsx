import { useId } from "react";
import { ELLIPSIS } from "@/lib/stories/excerpt";
import { authorLabel, INCENTIVE_DISCLOSURE, ratingLabel, ratingStars, safeSourceUrl, storyParts, type PublicStory } from "@/lib/stories/public-story";

// The wall of published customer stories. Pure rendering of stories already loaded (with
// listPublishedStories): no data access, no client code; React escapes every text.
export function StoryWall({ stories, heading = "What customers say", headingLevel = 2 }: { stories: PublicStory[]; heading?: string; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="story-wall">
      <H id={headingId} className="mb-3 text-xl font-semibold">{heading}</H>
      {stories.length === 0 ? (
        <p className="text-sm text-muted">No customer stories are shown yet.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {stories.map((s) => (
            <li key={s.id}>
              <StoryCard story={s} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-xs text-muted">Shared with each customer&apos;s consent.</p>
    </section>
  );
}

export function StoryCard({ story }: { story: PublicStory }) {
  const parts = storyParts(story);
  const rating = ratingLabel(story.rating);
  const source = safeSourceUrl(story.sourceUrl);
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-border bg-surface p-4" data-testid="story-card">
      {rating && story.rating !== null ? (
        <p className="text-gold">
          <span aria-hidden="true">{ratingStars(story.rating)}</span>
          <span className="sr-only">{rating}</span>
        </p>
      ) : null}
      <figure className="flex flex-col gap-2">
        <blockquote className="whitespace-pre-wrap break-words">
          {parts.cutBefore ? ELLIPSIS : ""}
          {parts.text}
          {parts.cutAfter ? ELLIPSIS : ""}
        </blockquote>
        {parts.isExcerpt ? (
          <>
            <p className="text-xs text-muted">Excerpt</p>
            <details className="text-sm">
              <summary className="cursor-pointer underline">Read the full words</summary>
              <p className="mt-1 whitespace-pre-wrap break-words">{story.quote}</p>
            </details>
          </>
        ) : null}
        <figcaption className="font-semibold">
          {authorLabel(story)}
          {story.authorTitle ? <span className="block text-sm font-normal text-muted">{story.authorTitle}</span> : null}
        </figcaption>
      </figure>
      {story.incentivized ? <p className="text-sm font-semibold" data-testid="incentive-disclosure">{INCENTIVE_DISCLOSURE}</p> : null}
      {source || story.channel ? (
        <p className="mt-auto text-xs text-muted">
          {story.channel ? <>via {story.channel}</> : null}
          {source && story.channel ? " · " : null}
          {source ? (
            <a className="underline" href={source} target="_blank" rel="noopener noreferrer nofollow">
              See the original<span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : null}
        </p>
      ) : null}
    </article>
  );
}
