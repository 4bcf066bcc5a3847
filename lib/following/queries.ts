import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";

export type ConfirmationView =
  | { state: "invalid" }
  | { state: "expired" | "valid"; organizationName: string; campaignTitle: string; orgSlug: string; campaignSlug: string };

// What the confirmation page shows for a token; reading changes nothing (link previews open it).
export async function describeConfirmation(token: string): Promise<ConfirmationView> {
  if (!token || token.length > 200) return { state: "invalid" };
  const subscriber = await db.subscriber.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: {
      email: true,
      confirmTokenExpiresAt: true,
      campaign: { select: { title: true, slug: true, publicPage: true, organization: { select: { name: true, slug: true } } } },
    },
  });
  if (!subscriber?.email || !subscriber.campaign.publicPage) return { state: "invalid" };
  const { campaign } = subscriber;
  return {
    state: subscriber.confirmTokenExpiresAt && subscriber.confirmTokenExpiresAt > new Date() ? "valid" : "expired",
    organizationName: campaign.organization.name,
    campaignTitle: campaign.title,
    orgSlug: campaign.organization.slug,
    campaignSlug: campaign.slug,
  };
}
