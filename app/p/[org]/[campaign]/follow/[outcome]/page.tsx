import { followingEnabled } from "@/lib/following/config";
import { isFollowOutcome, OUTCOME_TEXT } from "@/lib/following/outcomes";
import { FollowForm } from "@/components/public/follow-form";
import { OutcomePage, outcomeRoute, type OutcomeParams } from "@/components/public/outcome-page";

// Where the follow form, a confirmation and an unsubscribe link lead: static like the page itself.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

const route = outcomeRoute(isFollowOutcome, OUTCOME_TEXT);
export const generateMetadata = route.generateMetadata;

export default async function FollowOutcomePage(props: OutcomeParams) {
  const { campaign, outcome, text } = await route.load(props);
  const form = followingEnabled() ? (
    <FollowForm
      orgSlug={campaign.organization.slug}
      campaignSlug={campaign.slug}
      error={outcome === "invalid-address" ? "Enter one email address, such as name@example.com." : undefined}
    />
  ) : undefined;
  return <OutcomePage campaign={campaign} text={text} form={form} />;
}
