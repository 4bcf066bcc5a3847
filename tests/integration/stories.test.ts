import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import {
  createStory as createStoryAction, featureFeedback, publishStory, recordConsent, requestConsent, unpublishStory, updateStory, withdrawStory,
} from "@/lib/stories/mutations";
import { updateFramingOrigins } from "@/lib/stories/embedding";
import { listPublishedStories } from "@/lib/stories/public-queries";
import { loadStepFacts } from "@/lib/campaigns/queries";
import { defaultConsentWording } from "@/lib/stories/fields";
import type { ConsentStatusValue } from "@/lib/stories/consent";
import { createCampaign, createMember } from "@/tests/factories";
import { createFeedback } from "@/tests/factories/feedback";
import { createStory } from "@/tests/factories/stories";
import { snapshotOrganization } from "@/tests/support/snapshot";

const wording = defaultConsentWording("Acme");

async function setup() {
  const comms = await createMember("COMMS");
  const campaign = await createCampaign(comms, { publicPage: true });
  return { comms, campaign };
}

const reload = (id: string) => db.customerStory.findUniqueOrThrow({ where: { id } });

describe("publishing", () => {
  for (const status of ["NOT_REQUESTED", "REQUESTED", "DENIED", "WITHDRAWN"] as ConsentStatusValue[]) {
    it(`is refused for a story with consent ${status}, nothing written`, async () => {
      const { comms, campaign } = await setup();
      const story = await createStory(campaign, { consentStatus: status });
      const before = await snapshotOrganization(comms.organizationId);
      const state = await executeAction(publishStory, comms, { storyId: story.id, version: story.version });
      expect(state).toMatchObject({ ok: false, status: 422, message: expect.stringMatching(/granted consent/) });
      expect(await snapshotOrganization(comms.organizationId)).toBe(before);
    });
  }

  it("puts a GRANTED story on the wall, with a public event that names no one", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign, { consentStatus: "GRANTED", authorName: "Ana Lopez" });
    const state = await executeAction(publishStory, comms, { storyId: story.id, version: story.version });
    expect(state).toMatchObject({ ok: true, message: "Published: it is on the wall now." });
    expect(await reload(story.id)).toMatchObject({ isPublished: true, publishedAt: expect.any(Date), version: story.version + 1 });
    const event = await db.publicEvent.findFirstOrThrow({ where: { entityId: story.id } });
    expect(event.kind).toBe("story.published");
    expect(JSON.stringify(event)).not.toContain("Ana");
    expect((await listPublishedStories({ organizationId: comms.organizationId, campaignId: campaign.id })).map((s) => s.id)).toEqual([story.id]);
  });

  it("refuses a stale version as a conflict", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign, { consentStatus: "GRANTED" });
    await db.customerStory.update({ where: { id: story.id }, data: { version: { increment: 1 } } });
    expect(await executeAction(publishStory, comms, { storyId: story.id, version: story.version })).toMatchObject({ ok: false, status: 409 });
    expect((await reload(story.id)).isPublished).toBe(false);
  });

  it("cannot publish another organization's story: not found, nothing written", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign, { consentStatus: "GRANTED" });
    const stranger = await createMember("ADMIN");
    const before = await snapshotOrganization(comms.organizationId);
    const state = await executeAction(publishStory, stranger, { storyId: story.id, version: story.version });
    expect(state).toMatchObject({ ok: false, status: 404 });
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
  });

  it("takes a story off the wall and out of the feed", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign, { consentStatus: "GRANTED" });
    await executeAction(publishStory, comms, { storyId: story.id, version: story.version });
    expect(await executeAction(unpublishStory, comms, { storyId: story.id })).toMatchObject({ ok: true });
    expect((await reload(story.id)).isPublished).toBe(false);
    expect(await db.publicEvent.count({ where: { entityId: story.id } })).toBe(0);
  });
});

describe("withdrawal by the team", () => {
  it("unpublishes at once, records it, and the story can never be published again", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign, { consentStatus: "GRANTED" });
    await executeAction(publishStory, comms, { storyId: story.id, version: story.version });
    const state = await executeAction(withdrawStory, comms, { storyId: story.id, reason: "She asked by phone" });
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/off the wall/) });
    const after = await reload(story.id);
    expect(after).toMatchObject({ consentStatus: "WITHDRAWN", isPublished: false });
    expect(await listPublishedStories({ organizationId: comms.organizationId, campaignId: campaign.id })).toEqual([]);
    expect(await db.publicEvent.count({ where: { entityId: story.id } })).toBe(0);
    const record = await db.consentRecord.findFirstOrThrow({ where: { storyId: story.id } });
    expect(record).toMatchObject({ status: "WITHDRAWN", method: "team:She asked by phone", actorId: comms.userId });
    expect(await executeAction(publishStory, comms, { storyId: story.id, version: after.version })).toMatchObject({ ok: false, status: 422 });
    expect(await executeAction(requestConsent, comms, { storyId: story.id, version: after.version, consentWording: wording })).toMatchObject({
      ok: false, message: expect.stringMatching(/not asked again/),
    });
  });
});

describe("consent requests", () => {
  it("ask to feature: turns positive feedback into a REQUESTED story with a personal link, once", async () => {
    const { comms, campaign } = await setup();
    const [item] = await createFeedback(campaign, [{ text: "Thank you! Support refunded me within the hour.", authorName: "Kim", url: "https://social.example/p/1" }]);
    await db.feedbackItem.update({ where: { id: item.id }, data: { sentimentLabel: "POSITIVE", authorHandle: "kim@private.example" } });
    const state = await executeAction(featureFeedback, comms, { feedbackItemId: item.id, consentWording: wording });
    expect(state.ok).toBe(true);
    const { storyId, token } = state.data as { storyId: string; token: string };
    expect(token.length).toBeGreaterThan(30);
    const story = await reload(storyId);
    expect(story).toMatchObject({ origin: "FEEDBACK", feedbackItemId: item.id, consentStatus: "REQUESTED", authorName: "Kim", quote: item.text, sourceUrl: "https://social.example/p/1" });
    expect(JSON.stringify(story)).not.toContain("private.example");
    const link = await db.storyRequestLink.findFirstOrThrow({ where: { storyId } });
    expect(link).toMatchObject({ singleUse: true, consentWording: wording, feedbackItemId: item.id });
    expect(link.tokenHash).not.toBe(token);
    expect(await db.consentRecord.findFirstOrThrow({ where: { storyId } })).toMatchObject({ status: "REQUESTED", wording, method: `personal-link:${link.id}` });
    expect(await executeAction(featureFeedback, comms, { feedbackItemId: item.id, consentWording: wording })).toMatchObject({ ok: false, message: expect.stringMatching(/already a story/) });
  });

  it("ask to feature: refuses feedback that is not positive, nothing written", async () => {
    const { comms, campaign } = await setup();
    const [item] = await createFeedback(campaign, [{ text: "You charged me twice and nobody answers." }]);
    const before = await snapshotOrganization(comms.organizationId);
    const state = await executeAction(featureFeedback, comms, { feedbackItemId: item.id, consentWording: wording });
    expect(state).toMatchObject({ ok: false, status: 422, message: expect.stringMatching(/Only positive feedback/) });
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
  });

  it("a new personal link replaces the previous one", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign);
    const first = await executeAction(requestConsent, comms, { storyId: story.id, version: story.version, consentWording: wording });
    expect(first.ok).toBe(true);
    const second = await executeAction(requestConsent, comms, { storyId: story.id, version: story.version + 1, consentWording: wording, expiresInDays: "7" });
    expect(second.ok).toBe(true);
    const links = await db.storyRequestLink.findMany({ where: { storyId: story.id }, orderBy: { createdAt: "asc" } });
    expect(links).toHaveLength(2);
    expect(links[0].revokedAt).not.toBeNull();
    expect(links[1]).toMatchObject({ revokedAt: null, singleUse: true });
    expect(links[1].expiresAt!.getTime() - links[1].createdAt.getTime()).toBeCloseTo(7 * 86_400_000, -4);
  });

  it("records consent given elsewhere, with the exact wording, and hands out a withdrawal token", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign);
    const state = await executeAction(recordConsent, comms, { storyId: story.id, version: story.version, decision: "grant", method: "Reply to our email of 3 March", wording });
    expect(state.ok).toBe(true);
    expect((state.data as { withdrawToken: string }).withdrawToken).toMatch(/^[\w-]{40,}$/);
    const records = await db.consentRecord.findMany({ where: { storyId: story.id }, orderBy: { createdAt: "asc" } });
    expect(records.map((r) => r.status)).toEqual(["REQUESTED", "GRANTED"]);
    expect(records[1]).toMatchObject({ method: "team:Reply to our email of 3 March", wording, actorId: comms.userId, ipHash: null });
    expect(await reload(story.id)).toMatchObject({ consentStatus: "GRANTED", withdrawTokenHash: expect.any(String) });
  });

  it("refuses bad input with field messages, nothing written", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign);
    const before = await snapshotOrganization(comms.organizationId);
    const state = await executeAction(recordConsent, comms, { storyId: story.id, version: story.version, decision: "maybe", method: "", wording: "ok" });
    expect(state).toMatchObject({ ok: false, status: 422 });
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["decision", "method", "wording"]);
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
  });
});

describe("curation", () => {
  it("keeps the quote, accepts an exact excerpt and refuses an altered one", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign, { quote: "I was angry at first. They called me, refunded me and apologized. I'm staying." });
    const bad = await executeAction(updateStory, comms, { storyId: story.id, version: story.version, excerpt: "They called me and apologized" });
    expect(bad).toMatchObject({ ok: false, status: 422 });
    expect(bad.fieldErrors?.excerpt?.[0]).toMatch(/exactly/);
    const good = await executeAction(updateStory, comms, {
      storyId: story.id, version: story.version, excerpt: "They called me, refunded me and apologized", authorName: "Ana", featuredOrder: "2", rating: "5", tags: "Support, refund, support", incentivized: "on",
    });
    expect(good.ok).toBe(true);
    const after = await reload(story.id);
    expect(after).toMatchObject({ quote: story.quote, excerpt: "They called me, refunded me and apologized", featuredOrder: 2, rating: 5, tags: "support,refund", incentivized: true });
    expect(await executeAction(updateStory, comms, { storyId: story.id, version: story.version, authorName: "Old tab" })).toMatchObject({ ok: false, status: 409 });
  });

  it("refuses a rating or position out of range, and a source that is not a web address", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign);
    const state = await executeAction(updateStory, comms, { storyId: story.id, version: story.version, rating: "7", featuredOrder: "abc", sourceUrl: "javascript:alert(1)" });
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["featuredOrder", "rating", "sourceUrl"]);
  });

  it("adds a story by hand without consent", async () => {
    const { comms, campaign } = await setup();
    const state = await executeAction(createStoryAction, comms, { campaignId: campaign.id, quote: "Best support I have had from any company.", authorName: "Lee", rating: "5" });
    expect(state.ok).toBe(true);
    expect(await reload((state.data as { storyId: string }).storyId)).toMatchObject({ origin: "MANUAL", consentStatus: "NOT_REQUESTED", rating: 5, isPublished: false });
  });
});

describe("published stories query", () => {
  it("returns only published GRANTED stories, public fields only, by position then newest", async () => {
    const { comms, campaign } = await setup();
    const scope = { organizationId: comms.organizationId, campaignId: campaign.id };
    const newest = await createStory(campaign, { consentStatus: "GRANTED", isPublished: true, tags: "support" });
    const first = await createStory(campaign, { consentStatus: "GRANTED", isPublished: true, featuredOrder: 1 });
    await createStory(campaign, { consentStatus: "GRANTED" });
    // Published but no longer consented (written directly): still never shown.
    await createStory(campaign, { consentStatus: "WITHDRAWN", isPublished: true });
    await createStory(campaign, { consentStatus: "REQUESTED", isPublished: true });
    const other = await createCampaign(comms);
    await createStory(other, { consentStatus: "GRANTED", isPublished: true });
    const stories = await listPublishedStories(scope);
    expect(stories.map((s) => s.id)).toEqual([first.id, newest.id]);
    expect(Object.keys(stories[0]).sort()).toEqual(["authorName", "authorTitle", "channel", "excerpt", "id", "incentivized", "publishedAt", "quote", "rating", "sourceUrl"]);
    expect((await listPublishedStories({ ...scope, tag: "Support" })).map((s) => s.id)).toEqual([newest.id]);
    expect(await listPublishedStories({ organizationId: (await createMember("ADMIN")).organizationId, campaignId: campaign.id })).toEqual([]);
  });
});

describe("stepper facts", () => {
  it("counts requested, granted, published and not-yet-asked stories", async () => {
    const { comms, campaign } = await setup();
    await createStory(campaign);
    await createStory(campaign, { consentStatus: "REQUESTED" });
    await createStory(campaign, { consentStatus: "GRANTED" });
    await createStory(campaign, { consentStatus: "GRANTED", isPublished: true });
    const facts = (await loadStepFacts(comms.organizationId, [{ id: campaign.id, slaMinutes: 240 }])).get(campaign.id)!;
    expect(facts.stories).toEqual({ requested: 1, granted: 2, published: 1, notRequested: 1 });
  });
});

describe("allowed framing origins", () => {
  it("saves https origins and refuses anything else with a clear message, nothing written", async () => {
    const admin = await createMember("ADMIN");
    const org = await db.organization.findUniqueOrThrow({ where: { id: admin.organizationId } });
    const before = await snapshotOrganization(admin.organizationId);
    const bad = await executeAction(updateFramingOrigins, admin, { version: org.version, origins: "https://www.example.com\nhttp://insecure.example\nhttps://example.com/path" });
    expect(bad).toMatchObject({ ok: false, status: 422 });
    expect(bad.fieldErrors?.origins).toHaveLength(2);
    expect(bad.values?.origins).toContain("insecure");
    expect(await snapshotOrganization(admin.organizationId)).toBe(before);
    const good = await executeAction(updateFramingOrigins, admin, { version: org.version, origins: "https://www.example.com/\nhttps://shop.example.com" });
    expect(good.ok).toBe(true);
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).framingOrigins).toBe("https://www.example.com\nhttps://shop.example.com");
    expect(await executeAction(updateFramingOrigins, admin, { version: org.version, origins: "" })).toMatchObject({ ok: false, status: 409 });
  });
});
