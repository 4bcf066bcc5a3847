import type { PublicCampaign } from "@/lib/public/queries";

type Story = PublicCampaign["stories"][number];

// Customers' own words, shown only with their recorded consent. An excerpt says it is one.
export function PublicStories({ stories }: { stories: Story[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2" data-testid="story-wall">
      {stories.map((s) => (
        <li key={s.id} className="rounded-lg border border-border bg-surface p-5">
          <figure>
            <blockquote className="whitespace-pre-wrap">“{s.excerpt ?? s.quote}”{s.excerpt ? <span className="text-xs text-muted"> (excerpt)</span> : null}</blockquote>
            <figcaption className="mt-2 text-sm text-muted">
              — {s.authorName}{s.authorTitle ? `, ${s.authorTitle}` : ""}
              {s.sourceUrl && /^https?:\/\//i.test(s.sourceUrl) ? <> · <a className="underline" href={s.sourceUrl} rel="noopener noreferrer nofollow">source</a></> : null}
            </figcaption>
            {s.incentivized ? <p className="mt-2 text-xs font-medium">Disclosure: this customer received compensation for sharing their story.</p> : null}
          </figure>
        </li>
      ))}
    </ul>
  );
}
