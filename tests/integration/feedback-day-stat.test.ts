// FeedbackDayStat is kept by database triggers (migration 20261207002000). Whatever changes the
// items — ingest, replies, triage, sentiment overrides, bulk actions, deletion, a new SLA — the
// kept counts must equal the same counts worked out here, in plain TypeScript, from the items.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { updateCampaign } from "@/lib/campaigns/mutations";
import { bulkUpdateFeedback, overrideSentiment, replyToFeedback, updateFeedback } from "@/lib/feedback/mutations";
import { createCampaign, createMember } from "@/tests/factories";
import { createFeedback } from "@/tests/factories/feedback";

const MINUTE = 60_000;
const EPS = 1e-4 / 60;

type Counts = { received: number; negative: number; positive: number; answered: number; answeredWithin: number; replied: number; repliedWithin: number; overdue: number };
const zero = (): Counts => ({ received: 0, negative: 0, positive: 0, answered: 0, answeredWithin: 0, replied: 0, repliedWithin: 0, overdue: 0 });
const day = (d: Date) => d.toISOString().slice(0, 10);

// The rules of the migration, written independently: by day received, by day of the first reply,
// and by the day the reply fell due for items answered late or still waiting (not closed).
async function expected(campaignId: string): Promise<Record<string, Counts>> {
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
  const items = await db.feedbackItem.findMany({ where: { campaignId } });
  const out: Record<string, Counts> = {};
  const at = (d: string) => (out[d] ??= zero());
  for (const i of items) {
    const minutes = i.respondedAt ? Math.max(0, (i.respondedAt.getTime() - i.receivedAt.getTime()) / MINUTE) : null;
    const within = minutes !== null && minutes <= campaign.slaMinutes + EPS;
    const r = at(day(i.receivedAt));
    r.received++;
    if (i.sentimentLabel === "NEGATIVE") r.negative++;
    if (i.sentimentLabel === "POSITIVE") r.positive++;
    if (minutes !== null) {
      r.answered++;
      if (within) r.answeredWithin++;
      const p = at(day(i.respondedAt!));
      p.replied++;
      if (within) p.repliedWithin++;
    }
    if ((minutes === null && i.status !== "CLOSED") || (minutes !== null && !within)) {
      at(day(new Date(i.receivedAt.getTime() + campaign.slaMinutes * MINUTE))).overdue++;
    }
  }
  return out;
}

async function kept(campaignId: string): Promise<Record<string, Counts>> {
  const rows = await db.feedbackDayStat.findMany({ where: { campaignId } });
  const out: Record<string, Counts> = {};
  for (const { organizationId: _o, campaignId: _c, day: d, ...counts } of rows) {
    // A day whose items all went away keeps a row of zeros.
    if (Object.values(counts).some((n) => n !== 0)) out[d] = counts;
  }
  return out;
}

async function setup() {
  const comms = await createMember("COMMS");
  const campaign = await createCampaign(comms, { slaMinutes: 240 });
  const t0 = new Date("2026-06-01T21:30:00Z").getTime();
  // Received across midnight, so replies and due times fall on other days than receipt.
  const items = await createFeedback(
    campaign,
    Array.from({ length: 24 }, (_, k) => ({
      text: k % 3 === 0 ? `Terrible, I was charged twice ${k}` : k % 3 === 1 ? `Thanks for the quick refund ${k}` : `Where is my order ${k}`,
      externalId: `stat-${k}`,
      channel: k % 2 ? "EMAIL" : "SOCIAL",
      receivedAt: new Date(t0 + k * 37 * MINUTE),
    })),
  );
  return { comms, campaign, items };
}

describe("FeedbackDayStat, kept by triggers", () => {
  it("matches the items after ingest, replies at and past the deadline, triage, overrides and bulk actions", async () => {
    const { comms, campaign, items } = await setup();
    expect(await kept(campaign.id)).toEqual(await expected(campaign.id));
    expect(Object.keys(await kept(campaign.id)).length).toBeGreaterThan(1);

    // Replies through the action (now: long after the deadline), and at exact offsets by hand.
    for (const item of items.slice(0, 4)) {
      expect((await executeAction(replyToFeedback, comms, { itemId: item.id, version: item.version, text: "We are sorry; it is fixed." })).ok).toBe(true);
    }
    for (const [k, minutes] of [[4, 240], [5, 239], [6, 241], [7, 0], [8, 3000]] as const) {
      const item = items[k];
      await db.feedbackItem.update({ where: { id: item.id }, data: { respondedAt: new Date(item.receivedAt.getTime() + minutes * MINUTE), status: "RESPONDED", version: { increment: 1 } } });
    }
    expect(await kept(campaign.id)).toEqual(await expected(campaign.id));

    const fresh = async (k: number) => db.feedbackItem.findUniqueOrThrow({ where: { id: items[k].id } });
    const closing = await fresh(9);
    expect((await executeAction(updateFeedback, comms, { itemId: closing.id, version: closing.version, status: "CLOSED" })).ok).toBe(true);
    const relabel = await fresh(10);
    expect((await executeAction(overrideSentiment, comms, { itemId: relabel.id, version: relabel.version, label: relabel.sentimentLabel === "POSITIVE" ? "NEGATIVE" : "POSITIVE" })).ok).toBe(true);
    const bulk = await executeAction(bulkUpdateFeedback, comms, { ids: items.slice(11, 16).map((i) => i.id), status: "CLOSED" });
    expect(bulk.ok).toBe(true);
    // A reply taken back (as an import correcting its data would) and an item moved in time.
    await db.feedbackItem.update({ where: { id: items[5].id }, data: { respondedAt: null, status: "IN_PROGRESS" } });
    await db.feedbackItem.update({ where: { id: items[16].id }, data: { receivedAt: new Date("2026-06-05T23:59:00Z") } });
    expect(await kept(campaign.id)).toEqual(await expected(campaign.id));
  });

  it("matches after items are deleted and when the SLA changes", async () => {
    const { comms, campaign, items } = await setup();
    for (const [k, minutes] of [[0, 30], [1, 200], [2, 400], [3, 700]] as const) {
      await db.feedbackItem.update({ where: { id: items[k].id }, data: { respondedAt: new Date(items[k].receivedAt.getTime() + minutes * MINUTE), status: "RESPONDED" } });
    }
    await db.feedbackItem.deleteMany({ where: { id: { in: [items[1].id, items[7].id, items[8].id] } } });
    expect(await kept(campaign.id)).toEqual(await expected(campaign.id));

    const current = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    const saved = await executeAction(updateCampaign, comms, {
      id: current.id, version: current.version, title: current.title, summary: current.summary, occurredAt: "2026-06-01T09:00",
      severity: current.severity, affectedAudience: current.affectedAudience, slaHours: "8", publicPage: false,
    });
    expect(saved).toMatchObject({ ok: true });
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).slaMinutes).toBe(480);
    expect(await kept(campaign.id)).toEqual(await expected(campaign.id));
  });

  it("goes with its campaign, and never mixes campaigns", async () => {
    const { comms, campaign } = await setup();
    const other = await createCampaign(comms, { slaMinutes: 60 });
    await createFeedback(other, [{ text: "Still waiting for my refund", externalId: "other-1", receivedAt: new Date("2026-06-01T22:00:00Z") }]);
    expect(await kept(other.id)).toEqual(await expected(other.id));
    expect(await kept(campaign.id)).toEqual(await expected(campaign.id));
    await db.campaign.delete({ where: { id: campaign.id } });
    expect(await db.feedbackDayStat.count({ where: { campaignId: campaign.id } })).toBe(0);
    expect(await kept(other.id)).toEqual(await expected(other.id));
  });
});

describe("Theme.feedbackCount, kept by triggers", () => {
  const counts = async (campaignId: string) => {
    const kept = await db.$queryRaw<{ id: string; n: unknown }[]>`SELECT "id", "feedbackCount" AS n FROM "Theme" WHERE "campaignId" = ${campaignId} ORDER BY "id"`;
    const live = await db.theme.findMany({ where: { campaignId }, orderBy: { id: "asc" }, select: { id: true, _count: { select: { items: true } } } });
    return { kept: kept.map((k) => [k.id, Number(k.n)]), live: live.map((l) => [l.id, l._count.items]) };
  };

  it("follows tagging, untagging, deleted items and deleted themes", async () => {
    const { comms, campaign, items } = await setup();
    const [a, b] = await Promise.all(["Double charge", "Refund delay"].map((label) => db.theme.create({ data: { organizationId: campaign.organizationId, campaignId: campaign.id, label } })));
    expect((await executeAction(bulkUpdateFeedback, comms, { ids: items.slice(0, 10).map((i) => i.id), themeId: a.id })).ok).toBe(true);
    expect((await executeAction(bulkUpdateFeedback, comms, { ids: items.slice(5, 20).map((i) => i.id), themeId: b.id })).ok).toBe(true);
    let c = await counts(campaign.id);
    expect(c.kept).toEqual(c.live);
    expect(c.kept.map(([, n]) => n).sort()).toEqual([10, 15]);

    await db.feedbackTheme.deleteMany({ where: { themeId: a.id, feedbackItemId: { in: items.slice(0, 3).map((i) => i.id) } } });
    await db.feedbackItem.deleteMany({ where: { id: { in: items.slice(8, 12).map((i) => i.id) } } });
    c = await counts(campaign.id);
    expect(c.kept).toEqual(c.live);
    await db.theme.delete({ where: { id: a.id } });
    c = await counts(campaign.id);
    expect(c.kept).toEqual([[b.id, 11]]);
    expect(c.kept).toEqual(c.live);
  });
});
