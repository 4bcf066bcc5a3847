// Followers and public events, written directly (the follow flow itself is tested through its
// actions in tests/integration/following.test.ts).
import { db } from "@/lib/db";
import { uid } from "@/tests/factories";

type CampaignRef = { id: string; organizationId: string };

export async function createFollower(campaign: CampaignRef, opts: { email?: string; confirmedAt?: Date | null } = {}) {
  return db.subscriber.create({
    data: {
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      email: opts.email ?? `${uid("follower-")}@example.test`,
      confirmedAt: opts.confirmedAt === undefined ? new Date(Date.now() - 60_000) : opts.confirmedAt,
    },
  });
}

export async function createPublicEvent(campaign: CampaignRef, title = `Promise kept: ${uid()}`, summary = "") {
  return db.publicEvent.create({
    data: { organizationId: campaign.organizationId, campaignId: campaign.id, kind: "commitment.done", title, summary },
  });
}
