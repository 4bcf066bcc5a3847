import "server-only";
import { definePublicAction, errorToState, executePublicAction } from "@/lib/actions/define-action";
import type { FormState } from "@/lib/actions/form-state";
import { NotFoundError, RateLimitError } from "@/lib/errors";
import { followingEnabled } from "@/lib/following/config";
import { FOLLOW_HONEYPOT } from "@/lib/following/fields";
import { kickFollowerMail } from "@/lib/following/kick";
import { FollowCampaignInput } from "@/lib/following/schemas";
import { consume } from "@/lib/rate-limit/consume";
import { hashIdentifier } from "@/lib/rate-limit/identifier";
import type { RateLimitRule } from "@/lib/rate-limit/window";

// Per client address, and per email address across every page: enough for a person who mistyped,
// too few to turn the form into a way of flooding someone's inbox with confirmation requests.
export const FOLLOW_CLIENT_LIMIT: RateLimitRule = { limit: 10, windowMs: 60 * 60_000 };
export const FOLLOW_EMAIL_LIMIT: RateLimitRule = { limit: 3, windowMs: 60 * 60_000 };

// The one answer to every accepted request, new address or not.
export const CHECK_INBOX = "Check your inbox: if this address can follow the page, a confirmation link is on its way.";

// Double opt-in: the address is stored unconfirmed and a confirmation message is queued in the
// outbox. An address that already follows gets nothing new, and the same answer.
export const followCampaign = definePublicAction({
  name: "follower.subscribe",
  input: FollowCampaignInput,
  async run({ tx }, input) {
    if (!followingEnabled()) throw new NotFoundError("This page cannot be followed by email.");
    const campaign = await tx.campaign.findFirst({
      where: { slug: input.campaignSlug, publicPage: true, organization: { slug: input.orgSlug } },
      select: { id: true, organizationId: true },
    });
    if (!campaign) throw new NotFoundError("This page cannot be followed by email.");
    const scope = { organizationId: campaign.organizationId, campaignId: campaign.id };
    // An upsert, so two requests for a new address at once make one row.
    const subscriber = await tx.subscriber.upsert({
      where: { campaignId_email: { campaignId: campaign.id, email: input.email } },
      create: { ...scope, email: input.email },
      update: {},
      select: { id: true, confirmedAt: true, unsubscribedAt: true },
    });
    const following = subscriber.confirmedAt !== null && subscriber.unsubscribedAt === null;
    let queued = false;
    if (!following) {
      // One confirmation waiting at a time; it carries a fresh link when it goes out.
      const waiting = await tx.followerMail.count({
        where: { ...scope, subscriberId: subscriber.id, kind: "CONFIRMATION", status: { in: ["PENDING", "SENDING"] } },
      });
      if (waiting === 0) {
        await tx.followerMail.create({ data: { ...scope, subscriberId: subscriber.id, kind: "CONFIRMATION" } });
        queued = true;
      }
    }
    return {
      data: null,
      // The audit log records the request, never the address.
      audit: {
        organizationId: campaign.organizationId,
        actorLabel: "follow-form",
        entityType: "Subscriber",
        entityId: subscriber.id,
        after: { confirmed: following, confirmationQueued: queued },
      },
      message: CHECK_INBOX,
      after: kickFollowerMail,
    };
  },
});

// What the form's route handler calls: the limits and the honeypot come first, outside the
// transaction, so a refused or trapped request writes nothing but its counters.
export async function followCampaignFrom(raw: Record<string, unknown>, clientAddress: string): Promise<FormState> {
  const checks = [consume(`follow:ip:${hashIdentifier(clientAddress)}`, FOLLOW_CLIENT_LIMIT)];
  if (typeof raw.email === "string" && raw.email.trim()) {
    checks.push(consume(`follow:email:${hashIdentifier(raw.email)}`, FOLLOW_EMAIL_LIMIT));
  }
  const refused = (await Promise.all(checks)).filter((r) => !r.ok);
  if (refused.length) {
    const wait = Math.max(...refused.map((r) => r.retryAfterSeconds));
    return errorToState(new RateLimitError(wait, "Several follow requests came in a short time. Please try again later."), raw, {});
  }
  const trap = raw[FOLLOW_HONEYPOT];
  // A bot is told it worked, so it has no reason to try another way.
  if (typeof trap === "string" && trap.trim() !== "") return { ok: true, message: CHECK_INBOX };
  return executePublicAction(followCampaign, raw);
}
