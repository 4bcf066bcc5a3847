import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { notifyRoles } from "@/lib/notifications/notify";
import { revalidatePublicCampaign } from "@/lib/public/revalidate";
import { canPublish, CONSENT_LABELS } from "@/lib/stories/consent";
import { excerptProblem } from "@/lib/stories/excerpt";
import {
  CreateStoryInput, FeatureFeedbackInput, PublishStoryInput, RecordConsentInput, RequestConsentInput, UnpublishStoryInput, UpdateStoryInput, WithdrawStoryInput,
} from "@/lib/stories/schemas";
import { safeSourceUrl } from "@/lib/stories/public-story";
import {
  addConsentRecord, createPersonalLink, loadStory, newWithdrawToken, removePublicEvents, storiesPath, transition, writeStory,
} from "@/lib/stories/store";

// The team's story actions. Customer-facing ones are in public-mutations.ts.

const revalidate = (campaignId: string, organizationId: string) => () => revalidatePublicCampaign({ id: campaignId, organizationId });

const CHANNEL_NAMES: Record<string, string> = {
  SOCIAL: "Social media", REVIEW: "Review", COMMENT: "Comment", SUPPORT: "Support", EMAIL: "Email", SURVEY: "Survey", PUBLIC_FORM: "Feedback form", API: "", OTHER: "",
};

export const createStory = defineAction({
  name: "story.create",
  permission: "story.manage",
  input: CreateStoryInput,
  async run({ tx, member }, input) {
    const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, organizationId: member.organizationId }, select: { id: true } });
    if (!campaign) throw new NotFoundError("Campaign not found.");
    const story = await tx.customerStory.create({
      data: {
        organizationId: member.organizationId,
        campaignId: campaign.id,
        origin: "MANUAL",
        authorName: input.authorName,
        authorTitle: input.authorTitle,
        quote: input.quote,
        sourceUrl: input.sourceUrl,
        channel: input.channel,
        rating: input.rating,
        tags: input.tags,
        incentivized: input.incentivized,
      },
    });
    return {
      data: { storyId: story.id },
      audit: { entityType: "CustomerStory", entityId: story.id, after: { origin: "MANUAL", consentStatus: story.consentStatus } },
      message: "Story added. Ask the customer for consent before it can be published.",
    };
  },
});

// "Ask to feature": a positive feedback item becomes a story awaiting its author's consent, with a
// personal link to send them.
export const featureFeedback = defineAction({
  name: "story.featureFeedback",
  permission: "story.manage",
  input: FeatureFeedbackInput,
  async run({ tx, member }, input) {
    const item = await tx.feedbackItem.findFirst({
      where: { id: input.feedbackItemId, organizationId: member.organizationId },
      include: { campaign: { select: { id: true, slug: true } } },
    });
    if (!item) throw new NotFoundError("Feedback item not found.");
    if (item.sentimentLabel !== "POSITIVE") {
      throw new ValidationError("Only positive feedback can be featured. If the sentiment is wrong, set it by hand on this item first.");
    }
    const existing = await tx.customerStory.findFirst({ where: { organizationId: member.organizationId, feedbackItemId: item.id }, select: { id: true } });
    if (existing) throw new ValidationError("This feedback is already a story. Find it on the stories page to ask again.");
    const consentStatus = transition("NOT_REQUESTED", "request");
    const story = await tx.customerStory.create({
      data: {
        organizationId: member.organizationId,
        campaignId: item.campaign.id,
        origin: "FEEDBACK",
        feedbackItemId: item.id,
        // The name only: a handle may be a private email address.
        authorName: item.authorName ?? "",
        quote: item.text,
        sourceUrl: safeSourceUrl(item.url),
        channel: CHANNEL_NAMES[item.channel] ?? "",
        consentStatus,
      },
    });
    const { link, token } = await createPersonalLink(tx, {
      organizationId: member.organizationId,
      campaignId: item.campaign.id,
      storyId: story.id,
      feedbackItemId: item.id,
      consentWording: input.consentWording,
      expiresInDays: input.expiresInDays,
      createdById: member.userId,
      label: `Feature: ${item.authorName ?? "feedback item"}`.slice(0, 80),
    });
    await addConsentRecord(tx, {
      organizationId: member.organizationId, storyId: story.id, status: consentStatus, method: `personal-link:${link.id}`, wording: input.consentWording, actorId: member.userId,
    });
    return {
      data: { storyId: story.id, token, expiresAt: link.expiresAt },
      audit: { entityType: "CustomerStory", entityId: story.id, after: { origin: "FEEDBACK", feedbackItemId: item.id, consentStatus, linkId: link.id } },
      message: "Story created. Send the customer the link below: it is shown only once.",
    };
  },
});

export const updateStory = defineAction({
  name: "story.update",
  permission: "story.manage",
  input: UpdateStoryInput,
  async run({ tx, member }, input) {
    const story = await loadStory(tx, member.organizationId, input.storyId);
    let excerpt = input.excerpt;
    if (excerpt !== null) {
      const problem = excerptProblem(story.quote, excerpt);
      if (problem) throw new ValidationError("The excerpt does not match the customer's words.", { excerpt: [problem] });
      if (excerpt === story.quote.trim()) excerpt = null;
    }
    const data = {
      authorName: input.authorName,
      authorTitle: input.authorTitle,
      sourceUrl: input.sourceUrl,
      channel: input.channel,
      rating: input.rating,
      tags: input.tags,
      featuredOrder: input.featuredOrder,
      incentivized: input.incentivized,
      excerpt,
    };
    await writeStory(tx, story, input.version, data);
    const before = Object.fromEntries(Object.keys(data).map((k) => [k, story[k as keyof typeof data]]));
    return {
      data: { storyId: story.id },
      audit: { entityType: "CustomerStory", entityId: story.id, before, after: data },
      message: story.isPublished ? "Saved. The wall shows the change now." : "Saved.",
      after: story.isPublished ? revalidate(story.campaignId, member.organizationId) : undefined,
    };
  },
});

export const publishStory = defineAction({
  name: "story.publish",
  permission: "story.publish",
  input: PublishStoryInput,
  async run({ tx, member }, input) {
    const story = await loadStory(tx, member.organizationId, input.storyId);
    if (!canPublish(story.consentStatus)) {
      throw new ValidationError(`Only a story whose author granted consent can be published. This one: ${CONSENT_LABELS[story.consentStatus].toLowerCase()}.`);
    }
    if (story.isPublished) throw new ValidationError("This story is already on the wall.");
    const now = new Date();
    // writeStory's guard on consentStatus makes a withdrawal at the same moment win.
    await writeStory(tx, story, input.version, { isPublished: true, publishedAt: now });
    await tx.publicEvent.create({
      data: {
        organizationId: member.organizationId,
        campaignId: story.campaignId,
        kind: "story.published",
        // No name, no words: the feed keeps only that a story was added.
        title: "A customer shared their story",
        entityId: story.id,
      },
    });
    const page = await tx.campaign.findFirst({ where: { id: story.campaignId, organizationId: member.organizationId }, select: { publicPage: true } });
    return {
      data: { storyId: story.id },
      audit: { entityType: "CustomerStory", entityId: story.id, before: { isPublished: false }, after: { isPublished: true, publishedAt: now } },
      message: page?.publicPage ? "Published: it is on the wall now." : "Published. It appears once the campaign's public page is switched on.",
      after: revalidate(story.campaignId, member.organizationId),
    };
  },
});

export const unpublishStory = defineAction({
  name: "story.unpublish",
  permission: "story.publish",
  input: UnpublishStoryInput,
  async run({ tx, member }, input) {
    const story = await loadStory(tx, member.organizationId, input.storyId);
    if (!story.isPublished) throw new ValidationError("This story is not on the wall.");
    await writeStory(tx, story, null, { isPublished: false });
    await removePublicEvents(tx, member.organizationId, story.id);
    return {
      data: { storyId: story.id },
      audit: { entityType: "CustomerStory", entityId: story.id, before: { isPublished: true }, after: { isPublished: false } },
      message: "Taken off the wall.",
      after: revalidate(story.campaignId, member.organizationId),
    };
  },
});

export const requestConsent = defineAction({
  name: "story.requestConsent",
  permission: "story.manage",
  input: RequestConsentInput,
  async run({ tx, member }, input) {
    const story = await loadStory(tx, member.organizationId, input.storyId);
    const next = transition(story.consentStatus, "request");
    await writeStory(tx, story, input.version, { consentStatus: next });
    const { link, token } = await createPersonalLink(tx, {
      organizationId: member.organizationId,
      campaignId: story.campaignId,
      storyId: story.id,
      feedbackItemId: story.feedbackItemId,
      consentWording: input.consentWording,
      expiresInDays: input.expiresInDays,
      createdById: member.userId,
      label: `Consent: ${story.authorName || "customer"}`.slice(0, 80),
    });
    await addConsentRecord(tx, {
      organizationId: member.organizationId, storyId: story.id, status: next, method: `personal-link:${link.id}`, wording: input.consentWording, actorId: member.userId,
    });
    return {
      data: { storyId: story.id, token, expiresAt: link.expiresAt },
      audit: { entityType: "CustomerStory", entityId: story.id, before: { consentStatus: story.consentStatus }, after: { consentStatus: next, linkId: link.id } },
      message: "Consent link created. Send it to the customer: it is shown only once, and any earlier link stops working.",
    };
  },
});

// Consent given or refused outside Kintsugi (a reply by email, a call): the team records how, and
// the exact words the customer agreed to.
export const recordConsent = defineAction({
  name: "story.recordConsent",
  permission: "story.manage",
  input: RecordConsentInput,
  async run({ tx, member }, input) {
    const story = await loadStory(tx, member.organizationId, input.storyId);
    const method = `team:${input.method}`;
    const base = { organizationId: member.organizationId, storyId: story.id, method, wording: input.wording, actorId: member.userId };
    let status = story.consentStatus;
    if (status === "NOT_REQUESTED") {
      status = transition(status, "request");
      await addConsentRecord(tx, { ...base, status });
    }
    const next = transition(status, input.decision);
    const withdraw = next === "GRANTED" ? newWithdrawToken() : null;
    await writeStory(tx, story, input.version, { consentStatus: next, ...(withdraw ? { withdrawTokenHash: withdraw.hash } : {}) });
    await addConsentRecord(tx, { ...base, status: next });
    // The question is answered: an open personal link for it stops working.
    await tx.storyRequestLink.updateMany({ where: { organizationId: member.organizationId, storyId: story.id, revokedAt: null, usedAt: null }, data: { revokedAt: new Date() } });
    return {
      data: { storyId: story.id, withdrawToken: withdraw?.token ?? null },
      audit: { entityType: "CustomerStory", entityId: story.id, before: { consentStatus: story.consentStatus }, after: { consentStatus: next, method } },
      message: next === "GRANTED"
        ? "Consent recorded. Send the customer their withdrawal link below (shown only once) so they can change their mind at any time."
        : "Refusal recorded. The story cannot be published.",
    };
  },
});

export const withdrawStory = defineAction({
  name: "story.withdraw",
  permission: "story.manage",
  input: WithdrawStoryInput,
  async run({ tx, member }, input) {
    const story = await loadStory(tx, member.organizationId, input.storyId);
    const next = transition(story.consentStatus, "withdraw");
    await writeStory(tx, story, null, { consentStatus: next, isPublished: false });
    await removePublicEvents(tx, member.organizationId, story.id);
    await tx.storyRequestLink.updateMany({ where: { organizationId: member.organizationId, storyId: story.id, revokedAt: null, usedAt: null }, data: { revokedAt: new Date() } });
    await addConsentRecord(tx, {
      organizationId: member.organizationId,
      storyId: story.id,
      status: next,
      method: `team:${input.reason || "withdrawal recorded by the team"}`.slice(0, 210),
      wording: "Consent withdrawn.",
      actorId: member.userId,
    });
    await notifyRoles(tx, member.organizationId, ["ADMIN", "COMMS"], {
      kind: "story.withdrawn",
      title: "A story's consent was withdrawn",
      body: `${member.name} recorded a withdrawal${story.isPublished ? "; the story left the wall at once" : ""}.`,
      link: storiesPath(story.campaign.slug),
    }, member.userId);
    return {
      data: { storyId: story.id },
      audit: { entityType: "CustomerStory", entityId: story.id, before: { consentStatus: story.consentStatus, isPublished: story.isPublished }, after: { consentStatus: next, isPublished: false, reason: input.reason } },
      message: story.isPublished ? "Withdrawal recorded. The story is off the wall now." : "Withdrawal recorded.",
      after: revalidate(story.campaignId, member.organizationId),
    };
  },
});
