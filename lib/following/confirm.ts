import "server-only";
import { definePublicAction } from "@/lib/actions/define-action";
import { hashToken } from "@/lib/auth/tokens";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { FollowTokenInput } from "@/lib/following/schemas";

export const INVALID_CONFIRMATION = "This confirmation link cannot be used: it was used already, replaced by a newer one, or copied incompletely.";
export const EXPIRED_CONFIRMATION = "This confirmation link has expired. Enter your address on the page again to get a new one.";

// The second half of the double opt-in. The token is single-use: it is cleared in the same update
// that confirms, and only if it is still the one stored.
export const confirmFollowing = definePublicAction({
  name: "follower.confirm",
  input: FollowTokenInput,
  async run({ tx }, input) {
    const tokenHash = hashToken(input.token);
    const subscriber = await tx.subscriber.findUnique({
      where: { confirmTokenHash: tokenHash },
      select: {
        id: true,
        organizationId: true,
        email: true,
        confirmedAt: true,
        unsubscribedAt: true,
        confirmTokenExpiresAt: true,
        campaign: { select: { slug: true, publicPage: true, organization: { select: { slug: true } } } },
      },
    });
    if (!subscriber || !subscriber.email || !subscriber.campaign.publicPage) throw new NotFoundError(INVALID_CONFIRMATION);
    const now = new Date();
    if (!subscriber.confirmTokenExpiresAt || subscriber.confirmTokenExpiresAt <= now) throw new ValidationError(EXPIRED_CONFIRMATION, { token: ["Expired."] });
    const claimed = await tx.subscriber.updateMany({
      where: { id: subscriber.id, organizationId: subscriber.organizationId, confirmTokenHash: tokenHash },
      data: { confirmTokenHash: null, confirmTokenExpiresAt: null, confirmedAt: now, unsubscribedAt: null },
    });
    if (claimed.count === 0) throw new NotFoundError(INVALID_CONFIRMATION);
    return {
      data: { orgSlug: subscriber.campaign.organization.slug, campaignSlug: subscriber.campaign.slug },
      audit: {
        organizationId: subscriber.organizationId,
        actorLabel: "follow-confirmation-link",
        entityType: "Subscriber",
        entityId: subscriber.id,
        before: { confirmed: subscriber.confirmedAt !== null && subscriber.unsubscribedAt === null },
        after: { confirmed: true },
      },
      message: "You follow this page now.",
    };
  },
});
