import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { NotFoundError } from "@/lib/errors";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { CreateRequestLinkInput, RevokeRequestLinkInput } from "@/lib/stories/schemas";

// Story-request links: a campaign's open invitation to customers to write their story.
export const createRequestLink = defineAction({
  name: "storyLink.create",
  permission: "story.manage",
  input: CreateRequestLinkInput,
  async run({ tx, member }, input) {
    const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, organizationId: member.organizationId }, select: { id: true } });
    if (!campaign) throw new NotFoundError("Campaign not found.");
    const token = newToken();
    const link = await tx.storyRequestLink.create({
      data: {
        organizationId: member.organizationId,
        campaignId: campaign.id,
        tokenHash: hashToken(token),
        label: input.label,
        consentWording: input.consentWording,
        singleUse: input.singleUse,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
        createdById: member.userId,
      },
    });
    return {
      // The token leaves the server once, in this response; only its hash is stored.
      data: { linkId: link.id, token },
      audit: { entityType: "StoryRequestLink", entityId: link.id, after: { label: link.label, singleUse: link.singleUse, expiresAt: link.expiresAt } },
      message: "Link created. Copy it now: it is shown only once.",
    };
  },
});

export const revokeRequestLink = defineAction({
  name: "storyLink.revoke",
  permission: "story.manage",
  input: RevokeRequestLinkInput,
  async run({ tx, member }, input) {
    const revokedAt = new Date();
    const { count } = await tx.storyRequestLink.updateMany({
      where: { id: input.linkId, organizationId: member.organizationId, revokedAt: null },
      data: { revokedAt },
    });
    if (count === 0) throw new NotFoundError("Link not found or already revoked.");
    return {
      data: { linkId: input.linkId },
      audit: { entityType: "StoryRequestLink", entityId: input.linkId, after: { revokedAt } },
      message: "Link revoked. Anyone opening it is told it is no longer in use.",
    };
  },
});
