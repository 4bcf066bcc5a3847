import { CONSENT_LABELS, type ConsentStatusValue } from "@/lib/stories/consent";
import { consentMethodLabel } from "@/lib/stories/fields";
import { excerptDisplay } from "@/lib/stories/excerpt";
import { linkStatus, LINK_STATUS_LABELS } from "@/lib/stories/link-status";
import { authorLabel, INCENTIVE_DISCLOSURE } from "@/lib/stories/public-story";
import type { StoryRow } from "@/lib/stories/queries";
import { formatDate, formatDateTime } from "@/lib/shared/format";
import { Badge } from "@/components/ui/card";
import { StoryActions } from "@/components/stories/story-actions";

const CONSENT_TONES: Record<ConsentStatusValue, "neutral" | "info" | "ok" | "danger" | "warn"> = {
  NOT_REQUESTED: "warn",
  REQUESTED: "info",
  GRANTED: "ok",
  DENIED: "danger",
  WITHDRAWN: "danger",
};

const ORIGIN_LABELS = { FEEDBACK: "From feedback", REQUEST_LINK: "From a request link", MANUAL: "Added by hand" } as const;

export function StoryList({ stories, may, origin, defaultWording }: { stories: StoryRow[]; may: { manage: boolean; publish: boolean }; origin: string; defaultWording: string }) {
  return (
    <ul className="flex flex-col gap-4">
      {stories.map((s) => {
        const link = s.requestLinks[0];
        const linkState = link ? linkStatus(link) : null;
        return (
          <li key={s.id} className="rounded-lg border border-border p-4" data-testid="story-row">
            <div className="flex flex-col gap-3 lg:grid lg:grid-cols-[3fr_2fr] lg:gap-6">
              <div className="flex min-w-0 flex-col gap-2">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone={CONSENT_TONES[s.consentStatus]}>{CONSENT_LABELS[s.consentStatus]}</Badge>
                  {s.isPublished ? <Badge tone="ok">On the wall</Badge> : null}
                  {s.featuredOrder !== null ? <Badge>Position {s.featuredOrder}</Badge> : null}
                  <span className="text-muted">{ORIGIN_LABELS[s.origin]} · {formatDate(s.createdAt)}</span>
                </p>
                <blockquote className="whitespace-pre-wrap break-words border-l-4 border-gold pl-3">{s.quote}</blockquote>
                {s.excerpt ? (
                  <p className="text-sm"><span className="font-medium">Shown as excerpt:</span> {excerptDisplay(s.quote, s.excerpt)}</p>
                ) : null}
                <p className="text-sm font-semibold">
                  {authorLabel(s)}
                  {s.authorTitle ? <span className="font-normal text-muted"> · {s.authorTitle}</span> : null}
                </p>
                <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
                  {s.channel ? <span>via {s.channel}</span> : null}
                  {s.rating ? <span>Rated {s.rating} out of 5</span> : null}
                  {s.tags ? <span>Tags: {s.tags.split(",").join(", ")}</span> : null}
                  {s.incentivized ? <span className="font-semibold text-fg">Shows: “{INCENTIVE_DISCLOSURE}”</span> : null}
                </p>
                {s.consentStatus === "REQUESTED" && link && linkState ? (
                  <p className="text-sm" data-testid="consent-link-state">
                    Consent link sent {formatDate(link.createdAt)}: {LINK_STATUS_LABELS[linkState].toLowerCase()}
                    {link.expiresAt && linkState === "active" ? `, expires ${formatDate(link.expiresAt)}` : ""}
                    {linkState === "expired" ? ". Send a new one." : "."}
                  </p>
                ) : null}
                {s.consentRecords.length ? (
                  <details className="text-sm">
                    <summary className="cursor-pointer">Consent record ({s.consentRecords.length === 5 ? "latest 5" : s.consentRecords.length})</summary>
                    <ol className="mt-2 flex flex-col gap-2">
                      {s.consentRecords.map((r) => (
                        <li key={r.id} className="rounded bg-sunken p-2">
                          <p>
                            <span className="font-medium">{CONSENT_LABELS[r.status]}</span> · {formatDateTime(r.createdAt)} · {consentMethodLabel(r.method)}
                            {r.actor ? ` · by ${r.actor.name}` : ""}
                          </p>
                          <p className="mt-1 whitespace-pre-wrap text-xs text-muted">“{r.wording}”</p>
                        </li>
                      ))}
                    </ol>
                  </details>
                ) : null}
              </div>
              {may.manage || may.publish ? (
                <StoryActions
                  story={{
                    id: s.id,
                    version: s.version,
                    consentStatus: s.consentStatus,
                    isPublished: s.isPublished,
                    excerpt: s.excerpt ?? "",
                    featuredOrder: s.featuredOrder === null ? "" : String(s.featuredOrder),
                    authorName: s.authorName,
                    authorTitle: s.authorTitle,
                    sourceUrl: s.sourceUrl ?? "",
                    channel: s.channel,
                    rating: s.rating === null ? "" : String(s.rating),
                    tags: s.tags.split(",").filter(Boolean).join(", "),
                    incentivized: s.incentivized,
                  }}
                  may={may}
                  origin={origin}
                  defaultWording={defaultWording}
                />
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
