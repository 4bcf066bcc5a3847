import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET } from "@/app/embed/[org]/[campaign]/stories/route";
import { withdrawConsentFrom } from "@/lib/stories/public-mutations";
import { createCampaign, createMember, uid } from "@/tests/factories";
import { createFeedback } from "@/tests/factories/feedback";
import { createStory } from "@/tests/factories/stories";

async function embed(org: string, campaign: string, init: { query?: string; headers?: Record<string, string> } = {}) {
  const request = new Request(`http://localhost:3000/embed/${org}/${campaign}/stories${init.query ?? ""}`, { headers: init.headers });
  return GET(request, { params: Promise.resolve({ org, campaign }) });
}

async function setup(publicPage = true, framingOrigins = "") {
  const comms = await createMember("COMMS");
  const org = await db.organization.update({ where: { id: comms.organizationId }, data: { framingOrigins } });
  const campaign = await createCampaign(comms, { publicPage });
  return { comms, org, campaign };
}

describe("embeddable story wall", () => {
  it("answers 404 for a campaign whose public page is off, an unknown campaign or organization, or another organization's slug", async () => {
    const { org, campaign } = await setup(false);
    await createStory(campaign, { consentStatus: "GRANTED", isPublished: true, quote: "Hidden because the page is off." });
    const off = await embed(org.slug, campaign.slug);
    expect(off.status).toBe(404);
    expect(off.headers.get("Cache-Control")).toBe("no-store");
    expect(await off.text()).not.toContain("Hidden because");
    expect((await embed(org.slug, "no-such-campaign")).status).toBe(404);
    expect((await embed("no-such-org", campaign.slug)).status).toBe(404);
    const other = await setup(true);
    expect((await embed(org.slug, other.campaign.slug)).status).toBe(404);
  });

  it("shows only published, consented stories, with public fields only", async () => {
    const { comms, org, campaign } = await setup(true, "https://www.example.com\nhttps://shop.example.com");
    const marker = uid();
    await createStory(campaign, { consentStatus: "GRANTED", isPublished: true, quote: `Shown story ${marker}`, tags: "secret-tag", incentivized: true, rating: 5, withdrawToken: "w".repeat(43) });
    await createStory(campaign, { consentStatus: "GRANTED", quote: `Unpublished story ${marker}` });
    await createStory(campaign, { consentStatus: "WITHDRAWN", isPublished: true, quote: `Withdrawn story ${marker}` });
    await createStory(campaign, { consentStatus: "REQUESTED", isPublished: true, quote: `Requested story ${marker}` });
    const [item] = await createFeedback(campaign, [{ text: `Feedback text ${marker}` }]);
    await db.feedbackItem.update({ where: { id: item.id }, data: { authorHandle: "private@customer.example", internalNote: "VIP account" } });
    const story = await db.customerStory.findFirstOrThrow({ where: { quote: `Shown story ${marker}` } });
    await db.consentRecord.create({ data: { organizationId: comms.organizationId, storyId: story.id, status: "GRANTED", method: "request-link:x", wording: `Consent wording ${marker}`, ipHash: "a".repeat(64) } });

    const res = await embed(org.slug, campaign.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'self' https://www.example.com https://shop.example.com");
    expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    expect(res.headers.get("Cache-Control")).toBe("no-cache");
    expect(res.headers.get("X-Frame-Options")).toBeNull();
    const html = await res.text();
    expect(html).toContain(`Shown story ${marker}`);
    expect(html).toContain("Received compensation for this review");
    for (const hidden of ["Unpublished story", "Withdrawn story", "Requested story", "Feedback text", "private@customer.example", "VIP account", "secret-tag", "Consent wording", "a".repeat(64), story.withdrawTokenHash!]) {
      expect(html).not.toContain(hidden);
    }
    expect(html).not.toMatch(/<script/i);
  });

  it("frames only on Kintsugi itself when no site is listed", async () => {
    const { org, campaign } = await setup(true, "");
    const res = await embed(org.slug, campaign.slug);
    expect(res.headers.get("Content-Security-Policy")).toMatch(/frame-ancestors 'self'$/);
    expect(await res.text()).toContain("No customer stories are shown yet.");
  });

  it("stops showing a story on the very next request after its author withdraws", async () => {
    const { org, campaign } = await setup(true);
    const token = `withdraw-${uid()}-${"z".repeat(30)}`;
    await createStory(campaign, { consentStatus: "GRANTED", isPublished: true, quote: "I am happy to be quoted today.", withdrawToken: token });
    const first = await embed(org.slug, campaign.slug);
    const etag = first.headers.get("ETag")!;
    expect(await first.text()).toContain("I am happy to be quoted today.");
    expect((await embed(org.slug, campaign.slug, { headers: { "If-None-Match": etag } })).status).toBe(304);

    expect((await withdrawConsentFrom({ token }, "203.0.113.9")).ok).toBe(true);
    const next = await embed(org.slug, campaign.slug, { headers: { "If-None-Match": etag } });
    expect(next.status).toBe(200);
    expect(await next.text()).not.toContain("I am happy to be quoted today.");
  });

  it("filters by tag and escapes what it shows", async () => {
    const { org, campaign } = await setup(true);
    await createStory(campaign, { consentStatus: "GRANTED", isPublished: true, quote: "<b>Support</b> was great", tags: "support" });
    await createStory(campaign, { consentStatus: "GRANTED", isPublished: true, quote: "Pricing is fair now", tags: "pricing" });
    const html = await (await embed(org.slug, campaign.slug, { query: "?tag=support&theme=dark" })).text();
    expect(html).toContain("&lt;b&gt;Support&lt;/b&gt; was great");
    expect(html).not.toContain("Pricing is fair");
    expect(html).toContain('<html lang="en" class="dark">');
  });
});
