import { outcomeOfFollow } from "@/lib/following/outcomes";
import { followOutcomePath } from "@/lib/following/paths";
import { followCampaignFrom } from "@/lib/following/subscribe";
import { publicFormPost } from "@/lib/public/form-post";

// The "Follow by email" form of a public page (components/public/follow-form.tsx): subscribes
// with double opt-in (lib/following/subscribe.ts) and answers with the page that says what happened.
export const POST = publicFormPost({
  submit: followCampaignFrom,
  answer: (org, campaign, state) => followOutcomePath(org, campaign, outcomeOfFollow(state)),
  kept: ["email"],
});
