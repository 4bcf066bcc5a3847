import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublicCampaign } from "@/lib/public/queries";
import { followingEnabled } from "@/lib/following/config";
import { isFollowOutcome, OUTCOME_TEXT } from "@/lib/following/outcomes";
import { FollowForm } from "@/components/public/follow-form";
import { OutcomePage } from "@/components/public/outcome-page";

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
  const form = followingEnabled() ? (
    <FollowForm
      orgSlug={campaign.organization.slug}
      campaignSlug={campaign.slug}
      error={outcome === "invalid-address" ? "Enter one email address, such as name@example.com." : undefined}
    />
  ) : undefined;
  return <OutcomePage campaign={campaign} text={OUTCOME_TEXT[outcome]} form={form} />;
}
