import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { getEmbeddingSettings, isStoryFilter, listRequestLinks, listStories, storyCounts, type StoryFilter } from "@/lib/stories/queries";
import { defaultConsentWording } from "@/lib/stories/fields";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { NewStoryForm } from "@/components/stories/new-story-form";
import { RequestLinkForm } from "@/components/stories/request-link-form";
import { RequestLinkList } from "@/components/stories/request-link-list";
import { StoryList } from "@/components/stories/story-list";
import { EmbedPanel } from "@/components/stories/embed-panel";

export const metadata: Metadata = { title: "Reuse customer content" };

type Search = { filter?: string; cursor?: string; links?: string };

const FILTERS: { key: StoryFilter; label: string }[] = [
  { key: "all", label: "All" },
  { key: "publishable", label: "Ready to publish" },
  { key: "published", label: "On the wall" },
  { key: "requested", label: "Awaiting consent" },
  { key: "notRequested", label: "Consent not asked" },
  { key: "closed", label: "Declined or withdrawn" },
];

export default async function StoriesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const sp = await searchParams;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const filter: StoryFilter = isStoryFilter(sp.filter) ? sp.filter : "all";
  const may = { manage: can(member.role, "story.manage"), publish: can(member.role, "story.publish") };
  const [counts, page, links, embedding, h] = await Promise.all([
    storyCounts(member, campaign.id),
    listStories(member, campaign.id, { filter, cursor: sp.cursor }),
    may.manage ? listRequestLinks(member, campaign.id, sp.links) : Promise.resolve(null),
    getEmbeddingSettings(member),
    headers(),
  ]);
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const base = `/campaigns/${campaign.slug}/stories`;
  const wording = defaultConsentWording(member.organizationName);
  const filterHref = (key: StoryFilter) => (key === "all" ? base : `${base}?filter=${key}`);

  return (
    <>
      <PageHeader
        title="Reuse customer content"
        description={<>Step 5 of <Link className="underline" href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>: with their consent, share the words of customers who stayed.</>}
      />
      <p className="mb-6 flex flex-wrap gap-2 text-sm" data-testid="story-counts">
        <Badge tone="info">{counts.REQUESTED} awaiting consent</Badge>
        <Badge tone="ok">{counts.GRANTED} granted</Badge>
        <Badge tone="ok">{counts.published} on the wall</Badge>
        {counts.DENIED + counts.WITHDRAWN > 0 ? <Badge>{counts.DENIED + counts.WITHDRAWN} declined or withdrawn</Badge> : null}
      </p>

      {may.manage ? (
        <Card className="mb-6">
          <h2 className="text-lg font-semibold">Collect stories</h2>
          <p className="mb-4 mt-1 text-sm text-muted">
            Send a story-request link to customers who stayed, or pick positive feedback in the{" "}
            <Link className="underline" href={`/campaigns/${campaign.slug}/listen`}>inbox</Link> and use “Ask to feature” on it.
          </p>
          <RequestLinkForm campaignId={campaign.id} origin={origin} defaultWording={wording} />
          <details className="mt-6 border-t border-border pt-4">
            <summary className="cursor-pointer font-medium">Add a story by hand</summary>
            <p className="mb-3 mt-1 text-sm text-muted">A letter, a call, a post you found. It cannot be published until the customer agrees.</p>
            <NewStoryForm campaignId={campaign.id} />
          </details>
        </Card>
      ) : null}

      {links ? (
        <Card className="mb-6">
          <h2 className="mb-3 text-lg font-semibold">Story-request links</h2>
          <RequestLinkList links={links.links} olderHref={links.nextCursor ? `${base}?${new URLSearchParams({ ...(filter !== "all" ? { filter } : {}), links: links.nextCursor })}` : null} newestHref={sp.links ? base : null} />
        </Card>
      ) : null}

      <Card className="mb-6">
        <h2 className="mb-3 text-lg font-semibold">Stories</h2>
        <nav aria-label="Filter stories" className="mb-4">
          <ul className="flex flex-wrap gap-2">
            {FILTERS.map((f) => (
              <li key={f.key}>
                <Link
                  href={filterHref(f.key)}
                  aria-current={f.key === filter ? "page" : undefined}
                  className={`inline-flex min-h-10 items-center rounded-md border px-3 text-sm ${f.key === filter ? "border-accent font-semibold" : "border-border hover:bg-sunken"}`}
                >
                  {f.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {page.stories.length === 0 ? (
          counts.total === 0 ? (
            <EmptyState title="No stories yet">
              {may.manage
                ? "Create a story-request link above and send it to customers who stayed, or open a positive item in the inbox and choose “Ask to feature”. Stories appear here with their consent."
                : "Your communications team collects customers' stories here, with their consent."}
            </EmptyState>
          ) : (
            <p className="text-sm text-muted">No stories match this filter. <Link className="underline" href={base}>Show all</Link></p>
          )
        ) : (
          <StoryList stories={page.stories} may={may} origin={origin} defaultWording={wording} />
        )}
        {page.nextCursor || sp.cursor ? (
          <p className="mt-4 flex gap-2">
            {sp.cursor ? <LinkButton variant="secondary" href={filterHref(filter)}>Newest</LinkButton> : null}
            {page.nextCursor ? (
              <LinkButton variant="secondary" href={`${base}?${new URLSearchParams({ ...(filter !== "all" ? { filter } : {}), cursor: page.nextCursor })}`}>Older stories</LinkButton>
            ) : null}
          </p>
        ) : null}
      </Card>

      <EmbedPanel
        origin={origin}
        orgSlug={member.organizationSlug}
        organizationName={member.organizationName}
        campaignSlug={campaign.slug}
        publicPage={campaign.publicPage}
        framingOrigins={embedding.origins}
        canEditOrigins={can(member.role, "organization.update")}
        canEditCampaign={can(member.role, "campaign.update")}
      />
    </>
  );
}
