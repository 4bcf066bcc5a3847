import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { queryInbox } from "@/lib/feedback/inbox-query";
import { parseInboxFilter } from "@/lib/feedback/inbox-filters";
import { responseFigures } from "@/lib/feedback/response-figures";
import { responseStats } from "@/lib/feedback/sla";
import { bulkUpdateFeedback, overrideSentiment, replyToFeedback, updateFeedback } from "@/lib/feedback/mutations";
import { createCampaign, createMember } from "@/tests/factories";
import { createFeedback } from "@/tests/factories/feedback";

const H = 3_600_000;

async function seeded() {
  const comms = await createMember("COMMS");
  const campaign = await createCampaign(comms, { slaMinutes: 240 });
  const now = new Date("2026-06-10T12:00:00Z");
  const items = await createFeedback(campaign, [
    { text: "You charged me twice and my rent bounced", channel: "SOCIAL", receivedAt: new Date(now.getTime() - 10 * H), externalId: "a" },
    { text: "Where is my refund? Charged twice.", channel: "EMAIL", receivedAt: new Date(now.getTime() - 2 * H), externalId: "b" },
    { text: "Great support, thank you Sam", channel: "REVIEW", receivedAt: new Date(now.getTime() - 30 * H), externalId: "c" },
    { text: "You should show refund status in the order page", channel: "SURVEY", receivedAt: new Date(now.getTime() - 1 * H), externalId: "d" },
  ]);
  return { comms, campaign, now, items };
}

const filter = (p: Record<string, string>) => parseInboxFilter(p);

describe("inbox query", () => {
  it("searches the text with the full-text index, filters, and never crosses organizations", async () => {
    const { comms, campaign, now } = await seeded();
    const other = await createMember("COMMS");
    const otherCampaign = await createCampaign(other);
    await createFeedback(otherCampaign, [{ text: "charged twice in another org", externalId: "z" }]);

    const search = await queryInbox(comms, campaign, filter({ q: "charged twice" }), now);
    expect(search.items.map((i) => i.externalId).sort()).toEqual(["a", "b"]);
    expect(search.total).toBe(2);
    const prefix = await queryInbox(comms, campaign, filter({ q: "refun" }), now);
    expect(prefix.items.map((i) => i.externalId).sort()).toEqual(["b", "d"]);
    const channel = await queryInbox(comms, campaign, filter({ channel: "EMAIL" }), now);
    expect(channel.items.map((i) => i.externalId)).toEqual(["b"]);
    const overdue = await queryInbox(comms, campaign, filter({ overdue: "1" }), now);
    expect(overdue.items.map((i) => i.externalId).sort()).toEqual(["a", "c"]);
    const suggestions = await queryInbox(comms, campaign, filter({ suggestion: "1" }), now);
    expect(suggestions.items.map((i) => i.externalId)).toEqual(["d"]);
    const positive = await queryInbox(comms, campaign, filter({ sentiment: "POSITIVE" }), now);
    expect(positive.items.map((i) => i.externalId)).toContain("c");
    // Another organization's campaign id finds nothing of theirs.
    const cross = await queryInbox(comms, otherCampaign, filter({}), now);
    expect(cross.total).toBe(0);
  });

  it("treats search syntax as words, so hostile input cannot break the query", async () => {
    const { comms, campaign, now } = await seeded();
    for (const q of ['"unbalanced', "NEAR(a b)", "a* OR -b", "'; DROP TABLE x; --", "()", "*"]) {
      const r = await queryInbox(comms, campaign, filter({ q }), now);
      expect(Array.isArray(r.items)).toBe(true);
    }
  });

  it("pages with a keyset cursor in both orders without gaps or repeats", async () => {
    const comms = await createMember("COMMS");
    const campaign = await createCampaign(comms);
    const base = new Date("2026-06-01T00:00:00Z").getTime();
    await createFeedback(campaign, Array.from({ length: 120 }, (_, i) => ({ text: `item number ${i}${i % 3 ? "" : " refund please"}`, externalId: `n${i}`, receivedAt: new Date(base + (i % 60) * 60_000) })));
    // With a search too (full-text index on both databases).
    for (const [q, expected] of [[undefined, 120], ["refund", 40]] as const) {
      for (const sort of ["newest", "oldest"]) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await queryInbox(comms, campaign, filter({ sort, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) }));
          expect(page.total).toBe(expected);
          seen.push(...page.items.map((i) => i.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen).toHaveLength(expected);
        expect(new Set(seen).size).toBe(expected);
      }
    }
  });
});

describe("replies and triage", () => {
  it("a reply marks the item responded with time and responder; the SLA figures move", async () => {
    const { comms, campaign, items } = await seeded();
    const scope = { organizationId: comms.organizationId, campaignId: campaign.id };
    const before = (await responseFigures(scope, campaign.slaMinutes, "all")).get("all");
    expect(before?.answered).toBe(0);
    expect(before?.withinSlaShare).toBeNull();

    const item = items.find((i) => i.externalId === "b")!;
    const state = await executeAction(replyToFeedback, comms, { itemId: item.id, version: item.version, text: "We are so sorry; your refund is on its way. Write to care@example.com." });
    expect(state.ok).toBe(true);
    const after = await db.feedbackItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after).toMatchObject({ status: "RESPONDED", responderId: comms.userId });
    expect(after.respondedAt).not.toBeNull();
    const figures = (await responseFigures(scope, campaign.slaMinutes, "all")).get("all");
    expect(figures?.answered).toBe(1);
  });

  it("computes the same median, 90th percentile and share as the pure SLA maths", async () => {
    const comms = await createMember("COMMS");
    const campaign = await createCampaign(comms, { slaMinutes: 60 });
    const t0 = new Date("2026-06-01T00:00:00Z").getTime();
    const delays = [5, 30, 45, 61, 90, 120, 300, 15, 600, 59, 60];
    const items = await createFeedback(campaign, delays.map((_, i) => ({ text: `message ${i}`, externalId: `d${i}`, channel: i % 2 ? "EMAIL" : "SOCIAL", receivedAt: new Date(t0 + i * 1000) })));
    for (const [i, it] of items.entries()) {
      await db.feedbackItem.update({ where: { id: it.id }, data: { respondedAt: new Date(it.receivedAt.getTime() + delays[i] * 60_000), responderId: comms.userId, status: "RESPONDED" } });
    }
    const rows = await db.feedbackItem.findMany({ where: { campaignId: campaign.id } });
    const expected = responseStats(rows.map((r) => ({ receivedAt: r.receivedAt, respondedAt: r.respondedAt, channel: r.channel, responderId: r.responderId })), 60);
    const scope = { organizationId: comms.organizationId, campaignId: campaign.id };
    const all = (await responseFigures(scope, 60, "all")).get("all")!;
    expect(all.medianMinutes).toBeCloseTo(expected.medianMinutes!, 3);
    expect(all.p90Minutes).toBeCloseTo(expected.p90Minutes!, 3);
    expect(all.withinSlaShare).toBeCloseTo(expected.withinSlaShare!, 6);
    const byChannel = await responseFigures(scope, 60, "channel");
    for (const ch of ["EMAIL", "SOCIAL"]) {
      expect(byChannel.get(ch)!.medianMinutes).toBeCloseTo(expected.byChannel[ch].medianMinutes!, 3);
      expect(byChannel.get(ch)!.p90Minutes).toBeCloseTo(expected.byChannel[ch].p90Minutes!, 3);
    }
  });

  // SQLite computes the reply minutes from julianday(), good to about 1e-6 minutes.
  it("picks the right ranks for every group size, with repeated values (SQLite by offset, PostgreSQL by percentile_disc)", async () => {
    const comms = await createMember("COMMS");
    const campaign = await createCampaign(comms, { slaMinutes: 60 });
    const t0 = new Date("2026-06-01T00:00:00Z").getTime();
    const delays = Array.from({ length: 23 }, (_, i) => ((i * 37) % 11) * 13 + (i % 4 === 0 ? 0 : i / 7));
    const items = await createFeedback(campaign, delays.map((_, i) => ({ text: `size ${i}`, externalId: `s${i}`, channel: i % 3 ? "EMAIL" : "SOCIAL", receivedAt: new Date(t0 + i * 1000) })));
    for (const [i, it] of items.entries()) {
      await db.feedbackItem.update({ where: { id: it.id }, data: { respondedAt: new Date(it.receivedAt.getTime() + delays[i] * 60_000), responderId: comms.userId, status: "RESPONDED" } });
    }
    const scope = { organizationId: comms.organizationId, campaignId: campaign.id };
    for (let n = 1; n <= delays.length; n++) {
      const rows = items.slice(0, n).map((it, i) => ({ receivedAt: it.receivedAt, respondedAt: new Date(it.receivedAt.getTime() + delays[i] * 60_000), channel: it.channel, responderId: comms.userId }));
      const expected = responseStats(rows, 60);
      const got = (await responseFigures(scope, 60, "all", { to: new Date(t0 + n * 1000) })).get("all")!;
      expect({ n, median: got.medianMinutes, p90: got.p90Minutes }).toEqual({
        n,
        median: expect.closeTo(expected.medianMinutes!, 4),
        p90: expect.closeTo(expected.p90Minutes!, 4),
      });
    }
  });

  it("a sentiment override wins and is audited; a stale triage save is a conflict", async () => {
    const { comms, items } = await seeded();
    const item = items[0];
    expect((await executeAction(overrideSentiment, comms, { itemId: item.id, version: item.version, label: "NEUTRAL" })).ok).toBe(true);
    const after = await db.feedbackItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after).toMatchObject({ sentimentLabel: "NEUTRAL", sentimentOverridden: true });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: item.id, action: "feedback.overrideSentiment" } });
    expect(audit.before).toMatchObject({ sentimentLabel: item.sentimentLabel });
    const stale = await executeAction(updateFeedback, comms, { itemId: item.id, version: item.version, status: "IN_PROGRESS" });
    expect(stale.status).toBe(409);
  });

  it("bulk updates are all or nothing, and refuse another organization's items", async () => {
    const { comms, items } = await seeded();
    const other = await createMember("COMMS");
    const foreign = await createFeedback(await createCampaign(other));
    const mixed = await executeAction(bulkUpdateFeedback, comms, { ids: [items[0].id, foreign[0].id], status: "CLOSED" });
    expect(mixed.status).toBe(404);
    expect((await db.feedbackItem.findUniqueOrThrow({ where: { id: items[0].id } })).status).toBe("NEW");
    const ok = await executeAction(bulkUpdateFeedback, comms, { ids: items.map((i) => i.id), assigneeId: comms.userId });
    expect(ok.ok).toBe(true);
    expect(await db.feedbackItem.count({ where: { id: { in: items.map((i) => i.id) }, assigneeId: comms.userId } })).toBe(items.length);
    const tooMany = await executeAction(bulkUpdateFeedback, comms, { ids: Array.from({ length: 201 }, (_, i) => `id${i}`), status: "CLOSED" });
    expect(tooMany.status).toBe(422);
  });

  it("refuses marking an unanswered item responded, and replying to a closed one", async () => {
    const { comms, items } = await seeded();
    const s1 = await executeAction(updateFeedback, comms, { itemId: items[0].id, version: items[0].version, status: "RESPONDED" });
    expect(s1.ok).toBe(false);
    await executeAction(updateFeedback, comms, { itemId: items[1].id, version: items[1].version, status: "CLOSED" });
    const s2 = await executeAction(replyToFeedback, comms, { itemId: items[1].id, version: items[1].version + 1, text: "Sorry about that" });
    expect(s2.ok).toBe(false);
  });
});
