import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublicCampaign } from "@/lib/public/queries";
import { followingEnabled } from "@/lib/following/config";
import { isFollowOutcome, OUTCOME_TEXT } from "@/lib/following/outcomes";
import { publicPagePath } from "@/lib/following/paths";
import { Card } from "@/components/ui/card";
import { FollowForm } from "@/components/public/follow-form";

// Where the follow form, a confirmation and an unsubscribe link lead: static like the page itself.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ org: string; campaign: string; outcome: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { org, campaign, outcome } = await params;
  const data = isFollowOutcome(outcome) ? await getPublicCampaign(org, campaign) : null;
  if (!data || !isFollowOutcome(outcome)) return {};
  return { title: `${OUTCOME_TEXT[outcome].title} — ${data.campaign.title}`, robots: { index: false, follow: false } };
}

export default async function FollowOutcomePage({ params }: Params) {
  const { org, campaign: slug, outcome } = await params;
  if (!isFollowOutcome(outcome)) notFound();
  const data = await getPublicCampaign(org, slug);
  if (!data) notFound();
  const { campaign } = data;
  const text = OUTCOME_TEXT[outcome];
  const page = publicPagePath(campaign.organization.slug, campaign.slug);
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-10">
      <p className="text-sm text-muted">
        <Link className="underline" href={`/p/${campaign.organization.slug}`}>{campaign.organization.name}</Link>
        {" · "}
        <Link className="underline" href={page}>{campaign.title}</Link>
      </p>
      <Card className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{text.title}</h1>
        <p role={text.problem ? "alert" : "status"} className={text.problem ? "text-danger" : undefined}>{text.body(campaign.title)}</p>
        {text.form && followingEnabled() ? (
          <FollowForm
            orgSlug={campaign.organization.slug}
            campaignSlug={campaign.slug}
            error={outcome === "invalid-address" ? "Enter one email address, such as name@example.com." : undefined}
          />
        ) : null}
        <p><Link className="underline" href={page}>Back to “{campaign.title}”</Link></p>
      </Card>
    </main>
  );
}
