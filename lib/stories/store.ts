import "server-only";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { consentRefusal, nextConsentStatus, type ConsentEvent, type ConsentStatusValue } from "@/lib/stories/consent";

// Helpers shared by the story mutations (team and customer-facing). Every write is scoped by
// organization and, where the caller saw a version, locked on it.

export const storiesPath = (campaignSlug: string) => `/campaigns/${campaignSlug}/stories`;

export async function loadStory(tx: Tx, organizationId: string, storyId: string) {
  const story = await tx.customerStory.findFirst({
    where: { id: storyId, organizationId },
    include: { campaign: { select: { id: true, slug: true, title: true, organizationId: true } } },
  });
  if (!story) throw new NotFoundError("Story not found.");
  return story;
}

export function transition(status: ConsentStatusValue, event: ConsentEvent): ConsentStatusValue {
  const next = nextConsentStatus(status, event);
  if (!next) throw new ValidationError(consentRefusal(status, event));
  return next;
}

// Writes with an optimistic lock: expectedVersion null means "whatever it is now" (withdrawals
// and unpublishing must never be refused for being late). The status guard keeps a concurrent
// consent change from being overwritten.
export async function writeStory(
  tx: Tx,
  story: { id: string; organizationId: string; consentStatus: ConsentStatusValue },
  expectedVersion: number | null,
  data: Record<string, unknown>,
) {
  const { count } = await tx.customerStory.updateMany({
    where: {
      id: story.id,
      organizationId: story.organizationId,
      consentStatus: story.consentStatus,
      ...(expectedVersion !== null ? { version: expectedVersion } : {}),
    },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError("This story changed since you opened it (someone edited it, or the customer answered). Reload to see it as it is now.");
}

export async function addConsentRecord(
  tx: Tx,
  record: { organizationId: string; storyId: string; status: ConsentStatusValue; method: string; wording: string; ipHash?: string | null; actorId?: string | null },
) {
  return tx.consentRecord.create({
    data: {
      organizationId: record.organizationId,
      storyId: record.storyId,
      status: record.status,
      method: record.method,
      wording: record.wording,
      ipHash: record.ipHash ?? null,
      actorId: record.actorId ?? null,
    },
  });
}

// A personal, single-use link asking one customer for consent to one story. Older open links for
// the same story stop working, so only the newest is ever valid.
export async function createPersonalLink(
  tx: Tx,
  input: { organizationId: string; campaignId: string; storyId: string; feedbackItemId: string | null; consentWording: string; expiresInDays: number | null; createdById: string; label: string },
) {
  const now = new Date();
  await tx.storyRequestLink.updateMany({
    where: { organizationId: input.organizationId, storyId: input.storyId, revokedAt: null, usedAt: null },
    data: { revokedAt: now },
  });
  const token = newToken();
  const link = await tx.storyRequestLink.create({
    data: {
      organizationId: input.organizationId,
      campaignId: input.campaignId,
      tokenHash: hashToken(token),
      label: input.label,
      consentWording: input.consentWording,
      feedbackItemId: input.feedbackItemId,
      storyId: input.storyId,
      singleUse: true,
      expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
      createdById: input.createdById,
    },
  });
  return { link, token };
}

// The customer's own way out: a secret shown once on their confirmation, stored only as a hash.
export function newWithdrawToken() {
  const token = newToken();
  return { token, hash: hashToken(token) };
}

// Stories leave the public feed with their story: the feed never keeps a withdrawn one.
export async function removePublicEvents(tx: Tx, organizationId: string, storyId: string) {
  await tx.publicEvent.deleteMany({ where: { organizationId, entityId: storyId, kind: { startsWith: "story." } } });
}
