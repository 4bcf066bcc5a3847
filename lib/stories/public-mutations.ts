import "server-only";
import { z } from "zod";
import { definePublicAction, errorToState, executePublicAction } from "@/lib/actions/define-action";
import type { FormState } from "@/lib/actions/form-state";
import type { Tx } from "@/lib/db";
import { NotFoundError, RateLimitError, ValidationError } from "@/lib/errors";
import { hashToken } from "@/lib/auth/tokens";
import { notifyRoles } from "@/lib/notifications/notify";
import { revalidatePublicCampaign } from "@/lib/public/revalidate";
import { consume } from "@/lib/rate-limit/consume";
import { hashIdentifier } from "@/lib/rate-limit/identifier";
import { describeWait, type RateLimitRule } from "@/lib/rate-limit/window";
import { STORY_HONEYPOT } from "@/lib/stories/fields";
import { hashConsentAddress } from "@/lib/stories/ip-hash";
import { linkProblem } from "@/lib/stories/link-status";
import { DecideConsentInput, SubmitStoryInput, WithdrawConsentInput } from "@/lib/stories/schemas";
import { addConsentRecord, newWithdrawToken, removePublicEvents, storiesPath, transition, writeStory } from "@/lib/stories/store";

// The customer-facing story forms: no sign-in; the token in the link is the only scope. The
// address a request came from is kept only as a peppered hash on the consent record.

// Per client address, across every link: enough for a person, too few for a spam run.
export const PUBLIC_STORY_LIMIT: RateLimitRule = { limit: 5, windowMs: 10 * 60_000 };

// Set by the server wrappers below from the request, never by the form.
const ipHashField = z.string().regex(/^[0-9a-f]{64}$/).nullable().optional();

async function usableLink(tx: Tx, token: string) {
  const link = await tx.storyRequestLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: { select: { id: true, name: true } }, campaign: { select: { id: true, slug: true } } },
  });
  const problem = linkProblem(link);
  if (problem || !link) throw new ValidationError(problem ?? "This link is not valid.", { token: [problem ?? ""] });
  // Single use: claimed in the same transaction as the answer it carries, so it is used once.
  const claimed = await tx.storyRequestLink.updateMany({
    where: { id: link.id, revokedAt: null, ...(link.singleUse ? { usedAt: null } : {}) },
    data: { usedAt: new Date() },
  });
  if (claimed.count === 0) throw new ValidationError("This link has already been used. Thank you for your answer.", { token: ["Already used."] });
  return link;
}

export const submitStory = definePublicAction({
  name: "story.submitPublic",
  input: SubmitStoryInput.extend({ ipHash: ipHashField }),
  async run({ tx }, input) {
    const link = await usableLink(tx, input.token);
    if (link.storyId) throw new ValidationError("This link asks about a story you already shared. Please answer on the page it opens.");
    const consentStatus = transition("REQUESTED", "grant");
    const withdraw = newWithdrawToken();
    const story = await tx.customerStory.create({
      data: {
        organizationId: link.organizationId,
        campaignId: link.campaignId,
        origin: "REQUEST_LINK",
        authorName: input.authorName,
        authorTitle: input.authorTitle,
        quote: input.quote,
        consentStatus,
        withdrawTokenHash: withdraw.hash,
      },
    });
    await addConsentRecord(tx, {
      organizationId: link.organizationId, storyId: story.id, status: consentStatus, method: `request-link:${link.id}`, wording: link.consentWording, ipHash: input.ipHash,
    });
    await notifyRoles(tx, link.organizationId, ["ADMIN", "COMMS"], {
      kind: "story.received",
      title: "A customer shared their story",
      body: "It arrived through a story-request link, with consent. Curate it and publish it to the wall.",
      link: storiesPath(link.campaign.slug),
    });
    return {
      data: { withdrawToken: withdraw.token },
      audit: {
        organizationId: link.organizationId,
        actorLabel: "story-request-link",
        entityType: "CustomerStory",
        entityId: story.id,
        after: { origin: "REQUEST_LINK", consentStatus, linkId: link.id },
      },
      message: `Thank you. Your story reached the team at ${link.organization.name}.`,
    };
  },
});

// A personal link: the customer says yes or no to one story of theirs, and chooses how they are named.
export const decideConsent = definePublicAction({
  name: "story.decideConsent",
  input: DecideConsentInput.safeExtend({ ipHash: ipHashField }),
  async run({ tx }, input) {
    const link = await usableLink(tx, input.token);
    if (!link.storyId) throw new ValidationError("This link is for sharing a new story, not for answering about one.");
    const story = await tx.customerStory.findFirst({ where: { id: link.storyId, organizationId: link.organizationId } });
    if (!story) throw new NotFoundError("This story is no longer available.");
    const next = transition(story.consentStatus, input.decision);
    const withdraw = next === "GRANTED" ? newWithdrawToken() : null;
    await writeStory(tx, story, null, {
      consentStatus: next,
      ...(withdraw ? { withdrawTokenHash: withdraw.hash, authorName: input.authorName, authorTitle: input.authorTitle } : { isPublished: false }),
    });
    await addConsentRecord(tx, {
      organizationId: link.organizationId, storyId: story.id, status: next, method: `personal-link:${link.id}`, wording: link.consentWording, ipHash: input.ipHash,
    });
    await notifyRoles(tx, link.organizationId, ["ADMIN", "COMMS"], {
      kind: next === "GRANTED" ? "story.consentGranted" : "story.consentDenied",
      title: next === "GRANTED" ? "A customer agreed to share their story" : "A customer declined to share their story",
      body: next === "GRANTED" ? "You may now publish it to the wall." : "Their answer is recorded; the story cannot be published.",
      link: storiesPath(link.campaign.slug),
    });
    return {
      data: { decision: input.decision, withdrawToken: withdraw?.token ?? null },
      audit: {
        organizationId: link.organizationId,
        actorLabel: "personal-consent-link",
        entityType: "CustomerStory",
        entityId: story.id,
        before: { consentStatus: story.consentStatus },
        after: { consentStatus: next, linkId: link.id },
      },
      message: next === "GRANTED"
        ? `Thank you. ${link.organization.name} may now share your words.`
        : `Thank you for letting us know. ${link.organization.name} will not publish your words.`,
    };
  },
});

export const withdrawConsent = definePublicAction({
  name: "story.withdrawPublic",
  input: WithdrawConsentInput.extend({ ipHash: ipHashField }),
  async run({ tx }, input) {
    const story = await tx.customerStory.findUnique({
      where: { withdrawTokenHash: hashToken(input.token) },
      include: { organization: { select: { name: true } }, campaign: { select: { slug: true } } },
    });
    if (!story) throw new NotFoundError("This withdrawal link is not valid. Please check that you copied all of it.");
    const base = { organizationId: story.organizationId, actorLabel: "withdrawal-link", entityType: "CustomerStory", entityId: story.id };
    if (story.consentStatus === "WITHDRAWN") {
      return {
        data: { alreadyWithdrawn: true },
        audit: { ...base, after: { consentStatus: "WITHDRAWN", repeated: true } },
        message: `Your consent was already withdrawn. ${story.organization.name} does not show your story anywhere.`,
      };
    }
    const next = transition(story.consentStatus, "withdraw");
    await writeStory(tx, story, null, { consentStatus: next, isPublished: false });
    await removePublicEvents(tx, story.organizationId, story.id);
    await tx.storyRequestLink.updateMany({ where: { organizationId: story.organizationId, storyId: story.id, revokedAt: null, usedAt: null }, data: { revokedAt: new Date() } });
    await addConsentRecord(tx, {
      organizationId: story.organizationId, storyId: story.id, status: next, method: "withdrawal-link", wording: "Consent withdrawn by the customer.", ipHash: input.ipHash,
    });
    await notifyRoles(tx, story.organizationId, ["ADMIN", "COMMS"], {
      kind: "story.withdrawn",
      title: "A customer withdrew their story",
      body: story.isPublished ? "It left the wall and the embedded walls at once." : "It was not on the wall; it can no longer be published.",
      link: storiesPath(story.campaign.slug),
    });
    return {
      data: { alreadyWithdrawn: false },
      audit: { ...base, before: { consentStatus: story.consentStatus, isPublished: story.isPublished }, after: { consentStatus: next, isPublished: false } },
      message: `Your consent is withdrawn. ${story.organization.name} no longer shows your story anywhere it publishes stories.`,
      after: () => revalidatePublicCampaign({ id: story.campaignId, organizationId: story.organizationId }),
    };
  },
});

// What the forms' server actions call. The rate limit and the honeypot come first, outside the
// transaction, so a refused or trapped submission writes nothing but its counter.
const STORY_THANKS = "Thank you. Your story reached the team.";

function withoutInternal(state: FormState): FormState {
  if (state.values) delete state.values.ipHash;
  return state;
}

export async function submitStoryFrom(raw: Record<string, unknown>, clientAddress: string): Promise<FormState> {
  const limit = await consume(`public-story:ip:${hashIdentifier(clientAddress)}`, PUBLIC_STORY_LIMIT);
  if (!limit.ok) {
    const message = `You have sent several stories in a few minutes. Please wait ${describeWait(limit.retryAfterSeconds)} and send it again; your text is kept below.`;
    return errorToState(new RateLimitError(limit.retryAfterSeconds, message), raw, {});
  }
  const trap = raw[STORY_HONEYPOT];
  // A bot is told it worked, so it has no reason to try another way.
  if (typeof trap === "string" && trap.trim() !== "") return { ok: true, message: STORY_THANKS };
  return withoutInternal(await executePublicAction(submitStory, { ...raw, ipHash: hashConsentAddress(clientAddress) }));
}

export async function decideConsentFrom(raw: Record<string, unknown>, clientAddress: string): Promise<FormState> {
  return withoutInternal(await executePublicAction(decideConsent, { ...raw, ipHash: hashConsentAddress(clientAddress) }));
}

export async function withdrawConsentFrom(raw: Record<string, unknown>, clientAddress: string): Promise<FormState> {
  return withoutInternal(await executePublicAction(withdrawConsent, { ...raw, ipHash: hashConsentAddress(clientAddress) }));
}
