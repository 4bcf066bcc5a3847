import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { changeCampaignStatus, createCampaign, updateCampaign } from "@/lib/campaigns/mutations";
import { createCampaign as makeCampaign, createMember, uid } from "@/tests/factories";

const valid = () => ({
  title: `Double charges ${uid()}`,
  summary: "Customers were charged twice for their March subscription because of a billing bug.",
  occurredAt: "2026-03-03T09:00",
  discoveredAt: "2026-03-03T10:00",
  severity: "HIGH",
  affectedAudience: "Subscribers billed in March",
  slaHours: "4",
});

describe("campaigns", () => {
  it("creates a campaign with a slug from its title and writes one audit event", async () => {
    const comms = await createMember("COMMS");
    const input = valid();
    const state = await executeAction(createCampaign, comms, input);
    expect(state.ok).toBe(true);
    const campaign = await db.campaign.findFirstOrThrow({ where: { organizationId: comms.organizationId } });
    expect(campaign.title).toBe(input.title);
    expect(campaign.slug).toMatch(/^double-charges-/);
    expect(campaign.slaMinutes).toBe(240);
    expect(campaign.occurredAt.toISOString()).toBe("2026-03-03T09:00:00.000Z");
    const audits = await db.auditEvent.findMany({ where: { organizationId: comms.organizationId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "campaign.create", entityType: "Campaign", entityId: campaign.id, actorId: comms.userId });
  });

  it.each([
    ["an over-long title", { title: "x".repeat(161) }, "title"],
    ["an unknown severity", { severity: "APOCALYPTIC" }, "severity"],
    ["a date that is not a date", { occurredAt: "yesterday-ish" }, "occurredAt"],
    ["discovery before the incident", { discoveredAt: "2026-03-01T00:00" }, "discoveredAt"],
    ["a negative SLA", { slaHours: "-1" }, "slaHours"],
    ["a wrong type", { summary: 42 }, "summary"],
    ["a slug with markup", { slug: "<script>" }, "slug"],
  ])("refuses %s with a field error and writes nothing", async (_label, patch, field) => {
    const comms = await createMember("COMMS");
    const state = await executeAction(createCampaign, comms, { ...valid(), ...patch });
    expect(state.ok).toBe(false);
    expect(state.status).toBe(422);
    expect(state.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect(await db.campaign.count({ where: { organizationId: comms.organizationId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { organizationId: comms.organizationId } })).toBe(0);
  });

  it("echoes the submitted text back on refusal so nothing typed is lost", async () => {
    const comms = await createMember("COMMS");
    const state = await executeAction(createCampaign, comms, { ...valid(), title: "ok title", severity: "NOPE" });
    expect(state.values?.title).toBe("ok title");
  });

  it("refuses a short name another campaign of the organization uses", async () => {
    const comms = await createMember("COMMS");
    await makeCampaign(comms, { slug: "taken" });
    const state = await executeAction(createCampaign, comms, { ...valid(), slug: "taken" });
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.slug?.[0]).toMatch(/already uses/);
  });

  it("lets two organizations use the same short name", async () => {
    const a = await createMember("COMMS");
    const b = await createMember("COMMS");
    expect((await executeAction(createCampaign, a, { ...valid(), slug: "outage" })).ok).toBe(true);
    expect((await executeAction(createCampaign, b, { ...valid(), slug: "outage" })).ok).toBe(true);
  });

  it("refuses a stale save as a conflict and keeps the stored campaign and the user's text", async () => {
    const comms = await createMember("COMMS");
    const campaign = await makeCampaign(comms);
    const first = await executeAction(updateCampaign, comms, { ...valid(), id: campaign.id, version: 1, title: "First edit" });
    expect(first.ok).toBe(true);
    const stale = await executeAction(updateCampaign, comms, { ...valid(), id: campaign.id, version: 1, title: "Second edit" });
    expect(stale.ok).toBe(false);
    expect(stale.status).toBe(409);
    expect(stale.values?.title).toBe("Second edit");
    const stored = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(stored.title).toBe("First edit");
    expect(stored.version).toBe(2);
  });

  it("answers not-found for another organization's campaign and changes nothing", async () => {
    const owner = await createMember("COMMS");
    const campaign = await makeCampaign(owner);
    const stranger = await createMember("ADMIN");
    const state = await executeAction(updateCampaign, stranger, { ...valid(), id: campaign.id, version: 1 });
    expect(state.status).toBe(404);
    const status = await executeAction(changeCampaignStatus, stranger, { id: campaign.id, version: 1, status: "CLOSED" });
    expect(status.status).toBe(404);
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).version).toBe(1);
  });

  it("moves OPEN → RECOVERING → CLOSED and refuses CLOSED → OPEN", async () => {
    const comms = await createMember("COMMS");
    const campaign = await makeCampaign(comms);
    expect((await executeAction(changeCampaignStatus, comms, { id: campaign.id, version: 1, status: "RECOVERING" })).ok).toBe(true);
    expect((await executeAction(changeCampaignStatus, comms, { id: campaign.id, version: 2, status: "CLOSED" })).ok).toBe(true);
    const back = await executeAction(changeCampaignStatus, comms, { id: campaign.id, version: 3, status: "OPEN" });
    expect(back.ok).toBe(false);
    expect(back.status).toBe(422);
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("CLOSED");
  });
});
