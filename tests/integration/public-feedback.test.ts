import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitPublicFeedbackFrom, PUBLIC_FEEDBACK_LIMIT } from "@/lib/feedback/public-form";
import { createCampaign, createMember, uid } from "@/tests/factories";
import { snapshotOrganization } from "@/tests/support/snapshot";

async function publicCampaign(publicPage = true) {
  const admin = await createMember("ADMIN");
  const org = await db.organization.findUniqueOrThrow({ where: { id: admin.organizationId } });
  const campaign = await createCampaign(admin, { publicPage });
  return { admin, org, campaign };
}

// Each test submits from its own address so the per-address limit does not couple tests.
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${uid()}`;

const form = (c: Awaited<ReturnType<typeof publicCampaign>>, extra: Record<string, unknown> = {}) => ({
  orgSlug: c.org.slug,
  campaignSlug: c.campaign.slug,
  text: `The outage ruined my launch day, and nobody told us anything. ${uid()}`,
  name: "Robin Reader",
  contact: "robin@example.test",
  website: "",
  ...extra,
});

describe("public feedback form", () => {
  it("stores the message as PUBLIC_FORM with the private contact, and one audit event without it", async () => {
    const c = await publicCampaign();
    const state = await submitPublicFeedbackFrom(form(c), address());
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/Thank you/) });
    const item = await db.feedbackItem.findFirstOrThrow({ where: { campaignId: c.campaign.id } });
    expect(item).toMatchObject({ channel: "PUBLIC_FORM", authorName: "Robin Reader", authorHandle: "robin@example.test", organizationId: c.org.id, status: "NEW" });
    const audits = await db.auditEvent.findMany({ where: { organizationId: c.org.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "feedback.submitPublic", actorId: null, actorLabel: "public-form" });
    expect(JSON.stringify(audits[0])).not.toContain("robin@example.test");
  });

  it("accepts a handle or nothing as contact, and refuses a broken email or short text with field errors", async () => {
    const c = await publicCampaign();
    expect((await submitPublicFeedbackFrom(form(c, { contact: "@robin@mastodon.social" }), address())).ok).toBe(true);
    expect((await submitPublicFeedbackFrom(form(c, { contact: "", name: "" }), address())).ok).toBe(true);
    const bad = await submitPublicFeedbackFrom(form(c, { contact: "robin@", text: "too short" }), address());
    expect(bad).toMatchObject({ ok: false, status: 422 });
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["contact", "text"]);
    expect(bad.values?.text).toBe("too short");
    expect(await db.feedbackItem.count({ where: { campaignId: c.campaign.id } })).toBe(2);
  });

  it("silently accepts a filled honeypot and stores nothing", async () => {
    const c = await publicCampaign();
    const before = await snapshotOrganization(c.org.id);
    const state = await submitPublicFeedbackFrom(form(c, { website: "http://spam.example" }), address());
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/Thank you/) });
    expect(await snapshotOrganization(c.org.id)).toBe(before);
  });

  it("refuses a campaign without a public page, or of an unknown organization, as not found", async () => {
    const c = await publicCampaign(false);
    const before = await snapshotOrganization(c.org.id);
    expect(await submitPublicFeedbackFrom(form(c), address())).toMatchObject({ ok: false, status: 404 });
    const other = await publicCampaign();
    // A public campaign's slug under another organization's slug finds nothing either.
    expect(await submitPublicFeedbackFrom(form(other, { orgSlug: c.org.slug }), address())).toMatchObject({ ok: false, status: 404 });
    expect(await submitPublicFeedbackFrom(form(c, { orgSlug: "no-such-org" }), address())).toMatchObject({ ok: false, status: 404 });
    expect(await snapshotOrganization(c.org.id)).toBe(before);
    expect(await db.feedbackItem.count({ where: { campaignId: other.campaign.id } })).toBe(0);
  });

  it("refuses the sixth message from one address within ten minutes with a clear message, keeping the text", async () => {
    const c = await publicCampaign();
    const from = address();
    for (let i = 0; i < PUBLIC_FEEDBACK_LIMIT.limit; i++) expect((await submitPublicFeedbackFrom(form(c), from)).ok).toBe(true);
    const sixth = form(c);
    const refused = await submitPublicFeedbackFrom(sixth, from);
    expect(refused).toMatchObject({ ok: false, status: 429 });
    expect(refused.message).toMatch(/Please wait \d+ (minutes?|seconds?)/);
    expect(refused.values?.text).toBe(sixth.text);
    expect(await db.feedbackItem.count({ where: { campaignId: c.campaign.id } })).toBe(5);
    // Someone else, elsewhere, is not affected.
    expect((await submitPublicFeedbackFrom(form(c), address())).ok).toBe(true);
  });
});
