import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublicCampaign } from "@/lib/public/queries";
import { FEEDBACK_OUTCOME_TEXT, isFeedbackOutcome } from "@/lib/feedback/public-form-outcomes";
import { PublicFeedbackForm } from "@/components/public/feedback-form";
import { OutcomePage } from "@/components/public/outcome-page";

// Where the public page's feedback form leads: static like the page itself.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ org: string; campaign: string; outcome: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { org, campaign, outcome } = await params;
  const data = isFeedbackOutcome(outcome) ? await getPublicCampaign(org, campaign) : null;
  if (!data || !isFeedbackOutcome(outcome)) return {};
  return { title: `${FEEDBACK_OUTCOME_TEXT[outcome].title} — ${data.campaign.title}`, robots: { index: false, follow: false } };
}

export default async function FeedbackOutcomePage({ params }: Params) {
  const { org, campaign: slug, outcome } = await params;
  if (!isFeedbackOutcome(outcome)) notFound();
  const data = await getPublicCampaign(org, slug);
  if (!data) notFound();
  const { campaign } = data;
  // The alert above the form says which limits a message keeps to.
  const form = <PublicFeedbackForm orgSlug={campaign.organization.slug} campaignSlug={campaign.slug} />;
  return <OutcomePage campaign={campaign} text={FEEDBACK_OUTCOME_TEXT[outcome]} form={form} />;
}
