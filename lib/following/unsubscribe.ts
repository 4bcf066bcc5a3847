import "server-only";
import { definePublicAction } from "@/lib/actions/define-action";
import { hashToken } from "@/lib/auth/tokens";
import { NotFoundError } from "@/lib/errors";
import { FollowTokenInput } from "@/lib/following/schemas";

export const INVALID_UNSUBSCRIBE = "This link to stop following is not valid. Please check that you opened all of it.";

// One click, no sign-in, no question: the token of any message stops every message about its
// page. The address is erased at once; the row stays so that old links still answer.
export const unsubscribeFollower = definePublicAction({
  name: "follower.unsubscribe",
  input: FollowTokenInput,
  async run({ tx }, input) {
    const mail = await tx.followerMail.findUnique({
      where: { unsubscribeTokenHash: hashToken(input.token) },
      select: {
        organizationId: true,
        subscriber: { select: { id: true, unsubscribedAt: true } },
        campaign: { select: { slug: true, publicPage: true, organization: { select: { slug: true } } } },
      },
    });
    if (!mail) throw new NotFoundError(INVALID_UNSUBSCRIBE);
    const { subscriber, campaign } = mail;
    const page = { orgSlug: campaign.organization.slug, campaignSlug: campaign.slug, publicPage: campaign.publicPage };
    const base = { organizationId: mail.organizationId, actorLabel: "unsubscribe-link", entityType: "Subscriber", entityId: subscriber.id };
    if (subscriber.unsubscribedAt) {
      return { data: page, audit: { ...base, after: { unsubscribed: true, repeated: true } }, message: "You no longer follow this page." };
    }
    await tx.subscriber.updateMany({
      where: { id: subscriber.id, organizationId: mail.organizationId },
      data: { unsubscribedAt: new Date(), email: null, confirmTokenHash: null, confirmTokenExpiresAt: null },
    });
    // Nothing still waiting goes out.
    const cancelled = await tx.followerMail.updateMany({
      where: { organizationId: mail.organizationId, subscriberId: subscriber.id, status: "PENDING" },
      data: { status: "CANCELLED" },
    });
    return {
      data: page,
      audit: { ...base, before: { unsubscribed: false }, after: { unsubscribed: true, cancelledMessages: cancelled.count } },
      message: "You no longer follow this page.",
    };
  },
});
