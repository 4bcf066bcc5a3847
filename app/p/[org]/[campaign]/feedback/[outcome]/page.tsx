import { FEEDBACK_OUTCOME_TEXT, isFeedbackOutcome } from "@/lib/feedback/public-form-outcomes";
import { PublicFeedbackForm } from "@/components/public/feedback-form";
import { OutcomePage, outcomeRoute, type OutcomeParams } from "@/components/public/outcome-page";

// Where the public page's feedback form leads: static like the page itself.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

const route = outcomeRoute(isFeedbackOutcome, FEEDBACK_OUTCOME_TEXT);
export const generateMetadata = route.generateMetadata;

export default async function FeedbackOutcomePage(props: OutcomeParams) {
  const { campaign, text } = await route.load(props);
  // The alert above the form says which limits a message keeps to.
  const form = <PublicFeedbackForm orgSlug={campaign.organization.slug} campaignSlug={campaign.slug} />;
  return <OutcomePage campaign={campaign} text={text} form={form} />;
}
