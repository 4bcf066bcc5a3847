import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

type NewEvent = { id: string; organizationId: string; campaignId: string; createdAt: Date };

// Turns each public event not yet queued into one FollowerMail per follower of its campaign. Runs
// at the start of every drain rather than in the transactions that create events (apology,
// promises, evidence, stories), which stay unaware of email.
export async function queueNewEvents(now: Date, opts: { organizationId?: string } = {}): Promise<number> {
  const take = 100;
  let queued = 0;
  for (;;) {
    const events = await db.publicEvent.findMany({
      where: { followersQueuedAt: null, ...(opts.organizationId ? { organizationId: opts.organizationId } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, organizationId: true, campaignId: true, createdAt: true },
    });
    let failed = 0;
    for (const event of events) {
      // One event that cannot be queued must not hold up everyone's mail: it is logged, left for
      // the next drain, and the rest go on.
      try {
        queued += await queueEvent(event, now);
      } catch (err) {
        failed++;
        logger.error({ err, eventId: event.id, organizationId: event.organizationId }, "could not queue follower mail for a public event");
      }
    }
    if (events.length - failed < take) return queued;
  }
}

async function queueEvent(event: NewEvent, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    // The claim: of two drainers, one sets the mark and queues; the other's update matches nothing.
    const claim = await tx.publicEvent.updateMany({
      where: { id: event.id, organizationId: event.organizationId, followersQueuedAt: null },
      data: { followersQueuedAt: now },
    });
    if (claim.count === 0) return 0;
    const campaign = await tx.campaign.findFirst({
      where: { id: event.campaignId, organizationId: event.organizationId },
      select: { publicPage: true },
    });
    // A page that is not public has no followers to tell: what happened shows once it is back.
    if (!campaign?.publicPage) return 0;
    // Confirmed before the event happened: a new follower gets what comes next, not the past.
    const followers = await tx.subscriber.findMany({
      where: {
        organizationId: event.organizationId,
        campaignId: event.campaignId,
        email: { not: null },
        confirmedAt: { not: null, lte: event.createdAt },
        unsubscribedAt: null,
        // Idempotent: a follower who already has this event's message (one per follower and
        // event, a unique key) is not queued again.
        mails: { none: { eventId: event.id } },
      },
      select: { id: true },
    });
    if (followers.length === 0) return 0;
    await tx.followerMail.createMany({
      data: followers.map((f) => ({
        organizationId: event.organizationId,
        campaignId: event.campaignId,
        subscriberId: f.id,
        kind: "EVENT" as const,
        eventId: event.id,
        nextAttemptAt: now,
      })),
    });
    return followers.length;
  });
}
