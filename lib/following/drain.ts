import "server-only";
import type { Prisma } from "@/generated/sqlite/client";
import { db } from "@/lib/db";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { logger } from "@/lib/logger";
import { claimDueMail, type ClaimedMail } from "@/lib/following/claim";
import { publicOrigin, senderFor } from "@/lib/following/config";
import { CONFIRM_LINK_HOURS } from "@/lib/following/fields";
import { confirmationMail, eventMail, type MailContent } from "@/lib/following/messages";
import { confirmPath, publicPagePath, unsubscribePath } from "@/lib/following/paths";
import { queueNewEvents } from "@/lib/following/queue-events";
import { describeFailure, isPermanentFailure, nextAttemptAt } from "@/lib/following/retry";
import { openMailTransport, type MailTransport } from "@/lib/following/transport";

export type DrainResult = { queued: number; sent: number; retrying: number; failed: number; cancelled: number };
type Outcome = Exclude<keyof DrainResult, "queued">;

// Sends every follower message that is due: queues new public events, then claims and sends
// batches until none is left. Safe to run anywhere at any time, as often as wanted: right after
// a commit in the app (lib/following/kick.ts) and from a scheduler (`npm run mail:send`).
// `now` fixes the clock (tests); otherwise each batch reads it afresh, so a long drain's claims
// are dated when they are made and never look abandoned to other drainers.
// `stop`, checked before each batch is claimed, ends the drain early (the server shutting down):
// what is already claimed is sent and recorded, nothing more is claimed.
export async function drainFollowerMail(opts: { now?: Date; organizationId?: string; batchSize?: number; stop?: () => boolean } = {}): Promise<DrainResult> {
  const clock = () => opts.now ?? new Date();
  const transport = openMailTransport();
  const result: DrainResult = { queued: 0, sent: 0, retrying: 0, failed: 0, cancelled: 0 };
  try {
    result.queued = await queueNewEvents(clock(), { organizationId: opts.organizationId });
    while (!opts.stop?.()) {
      const now = clock();
      const batch = await claimDueMail(now, { batchSize: opts.batchSize ?? 20, organizationId: opts.organizationId });
      if (batch.found === 0) break;
      for (const mail of batch.mail) result[await deliver(transport, mail, now)]++;
    }
  } finally {
    transport.close();
  }
  return result;
}

async function deliver(transport: MailTransport, mail: ClaimedMail, now: Date): Promise<Outcome> {
  try {
    const message = await compose(mail, now);
    if (!message) {
      await finish(mail, { status: "CANCELLED" });
      return "cancelled";
    }
    await transport.sendMail(message);
  } catch (error) {
    const retryAt = isPermanentFailure(error) ? null : nextAttemptAt(mail.attempts, now);
    const lastError = describeFailure(error);
    await finish(mail, retryAt ? { status: "PENDING", nextAttemptAt: retryAt, lastError } : { status: "FAILED", lastError });
    logger.warn({ mailId: mail.id, attempts: mail.attempts, retryAt, lastError }, "follower mail not sent");
    return retryAt ? "retrying" : "failed";
  }
  await finish(mail, { status: "SENT", sentAt: new Date(), lastError: null });
  return "sent";
}

// Only the claim's holder may close it: a drainer whose lease ran out leaves the row to its new owner.
async function finish(mail: ClaimedMail, data: Prisma.FollowerMailUpdateManyMutationInput) {
  await db.followerMail.updateMany({ where: { id: mail.id, organizationId: mail.organizationId, claimToken: mail.claimToken }, data: { ...data, claimToken: null } });
}

// The message to send, or null when it should no longer go out (the person unsubscribed or
// already confirmed, the page went private, the event was removed). Writes the hash of the
// message's token first, so its link works the moment the message arrives.
async function compose(mail: ClaimedMail, now: Date) {
  const { subscriber, campaign } = mail;
  if (!subscriber.email || !campaign.publicPage) return null;
  const origin = publicOrigin();
  const page = {
    organizationName: campaign.organization.name,
    campaignTitle: campaign.title,
    pageUrl: origin + publicPagePath(campaign.organization.slug, campaign.slug),
  };
  const token = newToken();
  let content: MailContent;
  if (mail.kind === "CONFIRMATION") {
    if (subscriber.confirmedAt && !subscriber.unsubscribedAt) return null;
    // The newest confirmation link replaces any earlier one.
    await db.subscriber.updateMany({
      where: { id: subscriber.id, organizationId: mail.organizationId },
      data: { confirmTokenHash: hashToken(token), confirmTokenExpiresAt: new Date(now.getTime() + CONFIRM_LINK_HOURS * 3_600_000) },
    });
    content = confirmationMail({ ...page, confirmUrl: origin + confirmPath(token), validHours: CONFIRM_LINK_HOURS });
  } else {
    if (!mail.event || !subscriber.confirmedAt || subscriber.unsubscribedAt) return null;
    await db.followerMail.updateMany({
      where: { id: mail.id, organizationId: mail.organizationId, claimToken: mail.claimToken },
      data: { unsubscribeTokenHash: hashToken(token) },
    });
    content = eventMail({ ...page, unsubscribeUrl: origin + unsubscribePath(token), event: mail.event });
  }
  return {
    from: senderFor(campaign.organization.name),
    to: subscriber.email,
    // Stable across retries, so a message sent twice after a crash shows once in most clients.
    messageId: `<${mail.id}@${new URL(origin).hostname}>`,
    subject: content.subject,
    text: content.text,
    html: content.html,
    headers: content.headers,
  };
}
