import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadPublicCampaign, loadPublicFeedEvents } from "@/lib/public/queries";
import { buildAtomFeed } from "@/lib/public/atom-feed";
import { createCampaign, createMember } from "@/tests/factories";
import { createLeakyCampaign, LEAK } from "@/tests/support/leak-markers";

describe("public page data", () => {
  it("carries no private field of any model, while showing the published content", async () => {
    const { org, campaign } = await createLeakyCampaign();
    const data = await loadPublicCampaign(org.slug, campaign.slug);
    const json = JSON.stringify(data);
    expect(json).toContain("PUBLIC-OK We are sorry.");
    expect(json).toContain("PUBLIC-OK promise");
    expect(json).toContain("PUBLIC-OK story");
    expect(json).not.toContain(LEAK);
    expect(json).not.toContain(campaign.id);
    expect(data?.stories).toHaveLength(1);
    expect(data?.commitments).toHaveLength(1);
    expect(data?.commitments[0].evidence.map((e) => e.title)).toEqual(["PUBLIC-OK file"]);

    const events = await loadPublicFeedEvents(org.slug, campaign.slug);
    const xml = buildAtomFeed({ origin: "https://x.test", orgSlug: org.slug, campaignSlug: campaign.slug, title: data!.campaign.title, organizationName: data!.campaign.organization.name, since: new Date(), events });
    expect(xml).toContain("PUBLIC-OK Statement published");
    expect(xml).not.toContain(LEAK);
  });

  it("answers nothing for a campaign whose public page is off, or another organization's slug", async () => {
    const member = await createMember("COMMS");
    const hidden = await createCampaign(member, { publicPage: false });
    expect(await loadPublicCampaign(member.organizationSlug, hidden.slug)).toBeNull();
    const other = await createMember("COMMS");
    const visible = await createCampaign(other, { publicPage: true });
    expect(await loadPublicCampaign(member.organizationSlug, visible.slug)).toBeNull();
    expect(await loadPublicFeedEvents(member.organizationSlug, visible.slug)).toEqual([]);
  });

  it("finds nothing, without an error, for an address that cannot be a slug", async () => {
    const member = await createMember("COMMS");
    const visible = await createCampaign(member, { publicPage: true });
    // A NUL (from /p/%00/…) made PostgreSQL refuse the query: the page answered 500.
    for (const [org, campaign] of [["\0", visible.slug], [member.organizationSlug, "a\0b"], ["../x", visible.slug]]) {
      expect(await loadPublicCampaign(org, campaign)).toBeNull();
      expect(await loadPublicFeedEvents(org, campaign)).toEqual([]);
    }
    expect(await loadPublicCampaign(member.organizationSlug, visible.slug)).not.toBeNull();
  });

  it("escapes markup in the feed", async () => {
    const xml = buildAtomFeed({
      origin: "https://x.test", orgSlug: "o", campaignSlug: "c", title: "<b>T</b>", organizationName: "O", since: new Date(),
      events: [{ id: "1", title: "<script>alert(1)</script>", summary: "<img src=x onerror=alert(1)>", createdAt: new Date() }],
    });
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<img");
    expect(xml).toContain("&lt;script&gt;");
  });

  it("shows a withdrawn story no more on the next load", async () => {
    const { org, campaign } = await createLeakyCampaign();
    const story = await db.customerStory.findFirstOrThrow({ where: { campaignId: campaign.id, quote: "PUBLIC-OK story" } });
    await db.customerStory.update({ where: { id: story.id }, data: { consentStatus: "WITHDRAWN", isPublished: false } });
    const data = await loadPublicCampaign(org.slug, campaign.slug);
    expect(data?.stories).toHaveLength(0);
  });
});
