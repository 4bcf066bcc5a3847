import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { authSecret } from "@/lib/env";
import { publishStory, requestConsent } from "@/lib/stories/mutations";
import { decideConsentFrom, PUBLIC_STORY_LIMIT, submitStoryFrom, withdrawConsentFrom } from "@/lib/stories/public-mutations";
import { describeRequestLink, describeWithdrawal, listPublishedStories } from "@/lib/stories/public-queries";
import { defaultConsentWording } from "@/lib/stories/fields";
import { createCampaign, createMember, uid } from "@/tests/factories";
import { createRequestLink, createStory } from "@/tests/factories/stories";
import { snapshotOrganization } from "@/tests/support/snapshot";

// Each test submits from its own address so the per-address limit does not couple tests.
const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${uid()}`;
const wording = defaultConsentWording("Acme");

async function setup() {
  const comms = await createMember("COMMS");
  const campaign = await createCampaign(comms, { publicPage: true });
  return { comms, campaign };
}

const form = (token: string, extra: Record<string, unknown> = {}) => ({
  token,
  quote: `They refunded me the same day and called to apologize. I'm staying. ${uid()}`,
  authorName: "Robin Reader",
  authorTitle: "Customer since 2018",
  consent: "on",
  website: "",
  ...extra,
});

describe("story-request links", () => {
  it("stores the story with consent GRANTED, the exact wording, the method and a peppered hash of the address", async () => {
    const { comms, campaign } = await setup();
    const { link, token } = await createRequestLink(campaign, comms.userId, { consentWording: wording });
    const from = address();
    const state = await submitStoryFrom(form(token), from);
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/Thank you/) });
    const withdrawToken = (state.data as { withdrawToken: string }).withdrawToken;
    const story = await db.customerStory.findFirstOrThrow({ where: { campaignId: campaign.id } });
    expect(story).toMatchObject({ origin: "REQUEST_LINK", consentStatus: "GRANTED", isPublished: false, authorName: "Robin Reader", authorTitle: "Customer since 2018" });
    expect(story.withdrawTokenHash).not.toBe(withdrawToken);
    const record = await db.consentRecord.findFirstOrThrow({ where: { storyId: story.id } });
    const expectedHash = createHmac("sha256", authSecret()).update(`consent-ip:${from.toLowerCase()}`).digest("hex");
    expect(record).toMatchObject({ status: "GRANTED", wording, method: `request-link:${link.id}`, ipHash: expectedHash, actorId: null });
    expect(record.createdAt).toBeInstanceOf(Date);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organizationId: comms.organizationId, action: "story.submitPublic" } });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "story-request-link", entityId: story.id });
    expect(JSON.stringify(audit)).not.toContain(from);
    expect(await db.notification.count({ where: { userId: comms.userId, kind: "story.received" } })).toBe(1);
  });

  it("requires the consent tick and a story, keeping what was typed; nothing written", async () => {
    const { comms, campaign } = await setup();
    const { token } = await createRequestLink(campaign, comms.userId);
    const before = await snapshotOrganization(comms.organizationId);
    const state = await submitStoryFrom(form(token, { consent: undefined, quote: "short" }), address());
    expect(state).toMatchObject({ ok: false, status: 422 });
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["consent", "quote"]);
    expect(state.values).toMatchObject({ quote: "short", authorName: "Robin Reader" });
    expect(state.values).not.toHaveProperty("ipHash");
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
  });

  it("refuses a link past its expiry, nothing written", async () => {
    const { comms, campaign } = await setup();
    const { token } = await createRequestLink(campaign, comms.userId, { expiresAt: new Date(Date.now() - 1000) });
    const before = await snapshotOrganization(comms.organizationId);
    const state = await submitStoryFrom(form(token), address());
    expect(state).toMatchObject({ ok: false, status: 422, message: expect.stringMatching(/expired/) });
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
    expect((await describeRequestLink(token)).problem).toMatch(/expired/);
  });

  it("accepts a single-use link once, then refuses it", async () => {
    const { comms, campaign } = await setup();
    const { link, token } = await createRequestLink(campaign, comms.userId, { singleUse: true });
    expect((await submitStoryFrom(form(token), address())).ok).toBe(true);
    expect((await db.storyRequestLink.findUniqueOrThrow({ where: { id: link.id } })).usedAt).not.toBeNull();
    const before = await snapshotOrganization(comms.organizationId);
    const again = await submitStoryFrom(form(token), address());
    expect(again).toMatchObject({ ok: false, status: 422, message: expect.stringMatching(/already been used/) });
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
    expect(await db.customerStory.count({ where: { campaignId: campaign.id } })).toBe(1);
  });

  it("accepts many stories through a reusable link, and none through a revoked or unknown one", async () => {
    const { comms, campaign } = await setup();
    const { token } = await createRequestLink(campaign, comms.userId);
    expect((await submitStoryFrom(form(token), address())).ok).toBe(true);
    expect((await submitStoryFrom(form(token), address())).ok).toBe(true);
    const revoked = await createRequestLink(campaign, comms.userId, { revokedAt: new Date() });
    expect(await submitStoryFrom(form(revoked.token), address())).toMatchObject({ ok: false, message: expect.stringMatching(/no longer in use/) });
    expect(await submitStoryFrom(form("x".repeat(43)), address())).toMatchObject({ ok: false, message: expect.stringMatching(/not valid/) });
    expect(await db.customerStory.count({ where: { campaignId: campaign.id } })).toBe(2);
  });

  it("silently accepts a filled honeypot and stores nothing", async () => {
    const { comms, campaign } = await setup();
    const { token } = await createRequestLink(campaign, comms.userId);
    const before = await snapshotOrganization(comms.organizationId);
    expect(await submitStoryFrom(form(token, { website: "http://spam.example" }), address())).toMatchObject({ ok: true });
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
  });

  it("refuses the sixth story from one address within ten minutes, keeping the text", async () => {
    const { comms, campaign } = await setup();
    const { token } = await createRequestLink(campaign, comms.userId);
    const from = address();
    for (let i = 0; i < PUBLIC_STORY_LIMIT.limit; i++) expect((await submitStoryFrom(form(token), from)).ok).toBe(true);
    const sixth = form(token);
    const refused = await submitStoryFrom(sixth, from);
    expect(refused).toMatchObject({ ok: false, status: 429, message: expect.stringMatching(/Please wait/) });
    expect(refused.values?.quote).toBe(sixth.quote);
    expect(await db.customerStory.count({ where: { campaignId: campaign.id } })).toBe(PUBLIC_STORY_LIMIT.limit);
  });

  it("does not accept a new story through a personal consent link", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign, { consentStatus: "REQUESTED" });
    const { token } = await createRequestLink(campaign, comms.userId, { storyId: story.id, singleUse: true });
    const before = await snapshotOrganization(comms.organizationId);
    expect(await submitStoryFrom(form(token), address())).toMatchObject({ ok: false, status: 422 });
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
  });
});

describe("personal consent links", () => {
  async function requested() {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign, { authorName: "Kim", authorTitle: "" });
    const state = await executeAction(requestConsent, comms, { storyId: story.id, version: story.version, consentWording: wording });
    return { comms, campaign, story, token: (state.data as { token: string }).token };
  }

  it("shows the customer only their words and the statement", async () => {
    const { token, story } = await requested();
    const view = await describeRequestLink(token);
    expect(view).toMatchObject({ problem: null, consentWording: wording, story: { quote: story.quote, authorName: "Kim", authorTitle: "" } });
  });

  it("grants consent with the name and title the customer chose, once", async () => {
    const { token, story, comms } = await requested();
    const state = await decideConsentFrom({ token, decision: "grant", consent: "on", authorName: "Kim Park", authorTitle: "Owner, Park Bakery" }, address());
    expect(state).toMatchObject({ ok: true, data: { decision: "grant", withdrawToken: expect.any(String) } });
    const after = await db.customerStory.findUniqueOrThrow({ where: { id: story.id } });
    expect(after).toMatchObject({ consentStatus: "GRANTED", authorName: "Kim Park", authorTitle: "Owner, Park Bakery" });
    const records = await db.consentRecord.findMany({ where: { storyId: story.id }, orderBy: { createdAt: "asc" } });
    expect(records.map((r) => r.status)).toEqual(["REQUESTED", "GRANTED"]);
    expect(records[1]).toMatchObject({ wording, ipHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const before = await snapshotOrganization(comms.organizationId);
    expect(await decideConsentFrom({ token, decision: "deny" }, address())).toMatchObject({ ok: false, message: expect.stringMatching(/already been used/) });
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
  });

  it("requires the tick to say yes, but not to say no", async () => {
    const { token, story } = await requested();
    expect(await decideConsentFrom({ token, decision: "grant" }, address())).toMatchObject({ ok: false, fieldErrors: { consent: [expect.any(String)] } });
    expect(await decideConsentFrom({ token, decision: "deny" }, address())).toMatchObject({ ok: true, data: { decision: "deny", withdrawToken: null } });
    const after = await db.customerStory.findUniqueOrThrow({ where: { id: story.id } });
    expect(after).toMatchObject({ consentStatus: "DENIED", withdrawTokenHash: null });
  });

  it("refuses an expired personal link", async () => {
    const { comms, campaign } = await setup();
    const story = await createStory(campaign, { consentStatus: "REQUESTED" });
    const { token } = await createRequestLink(campaign, comms.userId, { storyId: story.id, singleUse: true, expiresAt: new Date(Date.now() - 60_000) });
    const before = await snapshotOrganization(comms.organizationId);
    expect(await decideConsentFrom({ token, decision: "grant", consent: "on" }, address())).toMatchObject({ ok: false, message: expect.stringMatching(/expired/) });
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
  });
});

describe("withdrawal by the customer", () => {
  it("unpublishes at once through the withdrawal token, and says so again if repeated", async () => {
    const { comms, campaign } = await setup();
    const { token } = await createRequestLink(campaign, comms.userId);
    const submitted = await submitStoryFrom(form(token), address());
    const withdrawToken = (submitted.data as { withdrawToken: string }).withdrawToken;
    const story = await db.customerStory.findFirstOrThrow({ where: { campaignId: campaign.id } });
    expect((await executeAction(publishStory, comms, { storyId: story.id, version: story.version })).ok).toBe(true);
    const scope = { organizationId: comms.organizationId, campaignId: campaign.id };
    expect(await listPublishedStories(scope)).toHaveLength(1);
    expect(await describeWithdrawal(withdrawToken)).toMatchObject({ withdrawn: false, quote: story.quote });

    const state = await withdrawConsentFrom({ token: withdrawToken }, address());
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/withdrawn/) });
    expect(await db.customerStory.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({ consentStatus: "WITHDRAWN", isPublished: false });
    expect(await listPublishedStories(scope)).toEqual([]);
    expect(await db.publicEvent.count({ where: { entityId: story.id } })).toBe(0);
    expect(await db.consentRecord.findFirstOrThrow({ where: { storyId: story.id }, orderBy: { createdAt: "desc" } })).toMatchObject({ status: "WITHDRAWN", method: "withdrawal-link" });
    expect(await db.notification.count({ where: { userId: comms.userId, kind: "story.withdrawn" } })).toBe(1);

    expect(await withdrawConsentFrom({ token: withdrawToken }, address())).toMatchObject({ ok: true, data: { alreadyWithdrawn: true } });
    expect(await describeWithdrawal(withdrawToken)).toMatchObject({ withdrawn: true });
    const latest = await db.customerStory.findUniqueOrThrow({ where: { id: story.id } });
    expect(await executeAction(publishStory, comms, { storyId: story.id, version: latest.version })).toMatchObject({ ok: false, status: 422 });
  });

  it("refuses an unknown withdrawal token, nothing written", async () => {
    const { comms } = await setup();
    const before = await snapshotOrganization(comms.organizationId);
    expect(await withdrawConsentFrom({ token: "y".repeat(43) }, address())).toMatchObject({ ok: false, status: 404 });
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
  });
});
