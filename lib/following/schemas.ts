import { z } from "zod";
import { emailField } from "@/lib/shared/zod-fields";

const slug = z.string().trim().toLowerCase().min(1, "Missing page.").max(60, "Missing page.");

// The follow form on a campaign's public page.
export const FollowCampaignInput = z.object({
  orgSlug: slug,
  campaignSlug: slug,
  email: emailField,
});
export type FollowCampaignInput = z.infer<typeof FollowCampaignInput>;

// The token of a confirmation or unsubscribe link: the link's only scope.
export const FollowTokenInput = z.object({
  token: z.string({ error: "This link is not valid." }).trim().min(20, "This link is not valid.").max(200, "This link is not valid."),
});
export type FollowTokenInput = z.infer<typeof FollowTokenInput>;
