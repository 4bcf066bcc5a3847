// Valid inputs for the public actions (no member), against a fixture organization: what the
// customer-facing forms would send. Used by the hostile-input properties.
import { executeAction } from "@/lib/actions/define-action";
import { inviteMember } from "@/lib/members/invitations";
import { db } from "@/lib/db";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { createFollower, createPublicEvent } from "@/tests/factories/following";
import { createRequestLink, createStory } from "@/tests/factories/stories";
import { uid } from "@/tests/factories";
import type { Fixture } from "@/tests/support/access-cases/types";

const scope = (f: Fixture) => ({ id: f.campaign.id, organizationId: f.organizationId });

async function publicCampaign(f: Fixture) {
  await db.campaign.update({ where: { id: f.campaign.id }, data: { publicPage: true } });
  const org = await db.organization.findUniqueOrThrow({ where: { id: f.organizationId } });
  return { orgSlug: org.slug, campaignSlug: f.campaign.slug };
}

export const PUBLIC_INPUTS: Record<string, (f: Fixture) => Promise<Record<string, unknown>>> = {
  // Refused once any organization exists, which the fixture guarantees.
  "setup.complete": async () => ({ organizationName: "Late Co", name: "Late Comer", email: `${uid()}@example.test`, password: "a long enough passphrase" }),
  "member.acceptInvitation": async (f) => {
    const state = await executeAction(inviteMember, f.admin, { email: `${uid("new-")}@example.test`, role: "COMMS" });
    return { token: (state.data as { token: string }).token, name: "New Person", password: "a long enough passphrase" };
  },
  "feedback.submitPublic": async (f) => ({
    ...(await publicCampaign(f)),
    text: "You charged me twice and nobody answered my emails for a week.",
    name: "Pat",
    contact: "pat@example.test",
  }),
  "story.submitPublic": async (f) => ({
    token: (await createRequestLink(scope(f), f.admin.userId)).token,
    quote: "They refunded me the same day and called to apologize. I'm staying.",
    authorName: "Robin Reader",
    authorTitle: "Customer since 2018",
    consent: "on",
  }),
  "story.decideConsent": async (f) => {
    const story = await createStory(scope(f), { consentStatus: "REQUESTED" });
    const { token } = await createRequestLink(scope(f), f.admin.userId, { storyId: story.id, singleUse: true });
    return { token, decision: "grant", authorName: "Robin Reader", authorTitle: "Customer", consent: "on" };
  },
  "story.withdrawPublic": async (f) => {
    const withdrawToken = `wd_${uid()}${uid()}${uid()}`;
    await createStory(scope(f), { consentStatus: "GRANTED", isPublished: true, withdrawToken });
    return { token: withdrawToken };
  },
  "follower.subscribe": async (f) => ({ ...(await publicCampaign(f)), email: `${uid("follower-")}@example.test` }),
  "follower.confirm": async (f) => {
    await publicCampaign(f);
    const token = newToken();
    await db.subscriber.create({
      data: { organizationId: f.organizationId, campaignId: f.campaign.id, email: `${uid("follower-")}@example.test`, confirmTokenHash: hashToken(token), confirmTokenExpiresAt: new Date(Date.now() + 3_600_000) },
    });
    return { token };
  },
  "follower.unsubscribe": async (f) => {
    const campaign = scope(f);
    const follower = await createFollower({ id: campaign.id, organizationId: campaign.organizationId });
    const event = await createPublicEvent({ id: campaign.id, organizationId: campaign.organizationId });
    const token = newToken();
    await db.followerMail.create({
      data: { organizationId: f.organizationId, campaignId: f.campaign.id, subscriberId: follower.id, kind: "EVENT", eventId: event.id, status: "SENT", unsubscribeTokenHash: hashToken(token) },
    });
    return { token };
  },
};
