import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicCampaign } from "@/lib/public/queries";
import { formatDate } from "@/lib/shared/format";
import { PublicApology } from "@/components/public/public-apology";
import { PublicCommitment } from "@/components/public/public-commitment";
import { StoryWall } from "@/components/stories/story-wall";
import { PublicFeedbackForm } from "@/components/public/feedback-form";
import { FollowSection } from "@/components/public/follow-section";
import { followingEnabled, publicOrigin } from "@/lib/following/config";
import { alt as cardAlt, size as cardSize } from "../opengraph-image";

// The campaign's public page as React renders it. Readers get it at /p/<org>/<campaign> without its
// scripts (app/p/[org]/[campaign]/route.ts, lib/public/rendered-page.ts); nothing here may need
// client code. Static: rendered on the first request, then served from the cache until something
// public changes (revalidated by tag, lib/public/revalidate.ts).
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ org: string; campaign: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { org, campaign } = await params;
  const data = await getPublicCampaign(org, campaign);
  if (!data) return {};
  const title = `${data.campaign.title} — ${data.campaign.organization.name}`;
  const description = `${data.campaign.organization.name}'s apology, what it promised, and the proof it is keeping those promises.`;
  // The share card lives at the public address (../opengraph-image.tsx), one segment above this
  // render, so it is named here rather than picked up by the file convention.
  const card = { url: `/p/${org}/${campaign}/opengraph-image`, ...cardSize, alt: cardAlt };
  return {
    title,
    description,
    metadataBase: new URL(publicOrigin()),
    alternates: { canonical: `/p/${org}/${campaign}`, types: { "application/atom+xml": `/p/${org}/${campaign}/feed.xml` } },
    openGraph: { title, description, type: "article", url: `/p/${org}/${campaign}`, images: [card] },
    twitter: { card: "summary_large_image", title, description, images: [card] },
  };
}

export default async function PublicCampaignPage({ params }: Params) {
  const { org, campaign: slug } = await params;
  const data = await getPublicCampaign(org, slug);
  if (!data) notFound();
  const { campaign, apologies, commitments, stories } = data;
  const now = new Date();
  const done = commitments.filter((c) => c.status === "DONE").length;
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-10 px-4 py-10">
      <header>
        <p className="text-sm text-muted"><Link className="underline" href={`/p/${campaign.organization.slug}`}>{campaign.organization.name}</Link></p>
        <h1 className="mt-1 text-3xl font-semibold">{campaign.title}</h1>
        <p className="mt-2 text-muted">Since {formatDate(campaign.occurredAt)} · {commitments.length ? `${done} of ${commitments.length} promises kept` : "Our promises will appear here"}</p>
      </header>

      <section aria-labelledby="apology-heading" className="flex flex-col gap-4">
        <h2 id="apology-heading" className="text-2xl font-semibold">Our apology</h2>
        {apologies.length ? apologies.map((a) => <PublicApology key={a.id} apology={a} />) : <p>Our apology has not been published yet.</p>}
      </section>

      <section aria-labelledby="promises-heading" className="flex flex-col gap-4">
        <h2 id="promises-heading" className="text-2xl font-semibold">What we promised, and the proof</h2>
        {commitments.length ? commitments.map((c) => <PublicCommitment key={c.id} c={c} now={now} />) : <p>We will publish our commitments here, each with an owner, a date and the evidence that it was kept.</p>}
      </section>

      {stories.length ? <StoryWall stories={stories} heading="In our customers' words" /> : null}

      <section aria-labelledby="feedback-heading" className="flex flex-col gap-3 no-print">
        <h2 id="feedback-heading" className="text-2xl font-semibold">Tell us what you think</h2>
        <p className="text-muted">A person on our team reads every message.</p>
        <PublicFeedbackForm orgSlug={campaign.organization.slug} campaignSlug={campaign.slug} />
      </section>

      <FollowSection orgSlug={campaign.organization.slug} campaignSlug={campaign.slug} byEmail={followingEnabled()} />
    </main>
  );
}
