import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import {
  approveApology, createApologyVariant, publishApology, requestApologyChanges, restoreApologyVersion, saveApologyDraft, submitApology,
} from "@/lib/apology/mutations";
import { createCampaign, createMember } from "@/tests/factories";
import { SINCERE_APOLOGY } from "@/tests/factories/apology";
import { snapshotOrganization } from "@/tests/support/snapshot";

async function setup() {
  const comms = await createMember("COMMS");
  const exec = await createMember("EXEC", { id: comms.organizationId });
  const campaign = await createCampaign(comms, {
    title: "Double charges",
    summary: "A billing bug charged 18,400 subscribers twice for their March subscription.",
  });
  const created = await executeAction(createApologyVariant, comms, { campaignId: campaign.id, channel: "email" });
  const apologyId = (created.data as { apologyId: string }).apologyId;
  return { comms, exec, campaign, apologyId };
}

const state = (id: string) => db.apology.findUniqueOrThrow({ where: { id } });

describe("apology drafts", () => {
  it("saves immutable versions with the analysis at that moment", async () => {
    const { comms, apologyId } = await setup();
    const first = await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 0, body: "Mistakes were made and we regret any inconvenience." });
    expect(first.ok).toBe(true);
    const second = await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 1, body: SINCERE_APOLOGY });
    expect(second.ok).toBe(true);
    const versions = await db.apologyVersion.findMany({ where: { apologyId }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions[0].body).toBe("Mistakes were made and we regret any inconvenience.");
    expect(versions[0].score).toBeLessThan(versions[1].score);
    const rules = (versions[0].analysis as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["passive-evasion", "minimizing"]));
  });

  it("refuses a save based on an older version as a conflict, keeping both texts", async () => {
    const { comms, apologyId } = await setup();
    const other = await createMember("COMMS", { id: comms.organizationId });
    await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 0, body: "Draft A" });
    const theirs = await executeAction(saveApologyDraft, other, { apologyId, baseNumber: 1, body: "Their text" });
    expect(theirs.ok).toBe(true);
    const before = await snapshotOrganization(comms.organizationId);
    const mine = await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 1, body: "My text" });
    expect(mine).toMatchObject({ ok: false, status: 409 });
    expect(mine.values?.body).toBe("My text");
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
    const current = await db.apologyVersion.findFirstOrThrow({ where: { apologyId }, orderBy: { number: "desc" } });
    expect(current.body).toBe("Their text");
  });

  it("restores an old version as a new one", async () => {
    const { comms, apologyId } = await setup();
    await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 0, body: "one" });
    await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 1, body: "two" });
    expect((await executeAction(restoreApologyVersion, comms, { apologyId, number: 1, baseNumber: 2 })).ok).toBe(true);
    const latest = await db.apologyVersion.findFirstOrThrow({ where: { apologyId }, orderBy: { number: "desc" } });
    expect(latest).toMatchObject({ number: 3, body: "one", restoredFrom: 1 });
  });

  it("refuses an over-long draft with a field error", async () => {
    const { comms, apologyId } = await setup();
    const s = await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 0, body: "x".repeat(20_001) });
    expect(s.fieldErrors?.body?.[0]).toMatch(/at most/);
  });
});

describe("apology review", () => {
  it("runs draft → review → approved → published, then a dated revision through review again", async () => {
    const { comms, exec, apologyId } = await setup();
    await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 0, body: SINCERE_APOLOGY });
    expect((await executeAction(submitApology, comms, { apologyId, number: 1 })).ok).toBe(true);
    expect(await db.notification.count({ where: { userId: exec.userId, kind: "apology.reviewRequested" } })).toBe(1);
    expect((await executeAction(approveApology, exec, { apologyId, number: 1 })).ok).toBe(true);
    const approved = await state(apologyId);
    expect((await executeAction(publishApology, comms, { apologyId, expectedVersion: approved.version })).ok).toBe(true);
    const published = await state(apologyId);
    expect(published.reviewState).toBe("PUBLISHED");
    expect(published.publishedVersionId).toBe(published.currentVersionId);

    // A later edit leaves version 1 public and goes through review again.
    await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 1, body: `${SINCERE_APOLOGY} Update: refunds are complete.` });
    const revising = await state(apologyId);
    expect(revising.reviewState).toBe("DRAFT");
    expect(revising.publishedVersionId).toBe(published.publishedVersionId);
    await executeAction(submitApology, comms, { apologyId, number: 2 });
    await executeAction(approveApology, exec, { apologyId, number: 2 });
    const noSummary = await executeAction(publishApology, comms, { apologyId, expectedVersion: (await state(apologyId)).version });
    expect(noSummary.fieldErrors?.changeSummary).toBeDefined();
    const ok = await executeAction(publishApology, comms, { apologyId, expectedVersion: (await state(apologyId)).version, changeSummary: "Refunds are complete." });
    expect(ok.ok).toBe(true);
    const pubs = await db.apologyPublication.findMany({ where: { apologyId }, orderBy: { publishedAt: "asc" }, include: { apologyVersion: true } });
    expect(pubs.map((p) => [p.apologyVersion.number, p.changeSummary])).toEqual([[1, ""], [2, "Refunds are complete."]]);
    expect(await db.publicEvent.count({ where: { entityId: apologyId } })).toBe(2);
  });

  it("voids an approval when the draft is edited afterwards", async () => {
    const { comms, exec, apologyId } = await setup();
    await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 0, body: SINCERE_APOLOGY });
    await executeAction(submitApology, comms, { apologyId, number: 1 });
    await executeAction(approveApology, exec, { apologyId, number: 1 });
    await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 1, body: `${SINCERE_APOLOGY} P.S.` });
    const a = await state(apologyId);
    expect(a.reviewState).toBe("DRAFT");
    const publish = await executeAction(publishApology, comms, { apologyId, expectedVersion: a.version });
    expect(publish.ok).toBe(false);
    expect(await db.apologyPublication.count({ where: { apologyId } })).toBe(0);
  });

  it.each([
    ["approve a draft that was never submitted", "approve"],
    ["publish a draft", "publish"],
    ["request changes on a draft", "requestChanges"],
  ] as const)("refuses to %s, writing nothing", async (_label, event) => {
    const { comms, exec, apologyId } = await setup();
    await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 0, body: SINCERE_APOLOGY });
    const before = await snapshotOrganization(comms.organizationId);
    const a = await state(apologyId);
    const result =
      event === "approve"
        ? await executeAction(approveApology, exec, { apologyId, number: 1 })
        : event === "publish"
          ? await executeAction(publishApology, comms, { apologyId, expectedVersion: a.version })
          : await executeAction(requestApologyChanges, exec, { apologyId, number: 1, comment: "More detail" });
    expect(result.ok).toBe(false);
    expect(result.status).toBe(422);
    expect(await snapshotOrganization(comms.organizationId)).toBe(before);
  });

  it("refuses approving a version other than the current one", async () => {
    const { comms, exec, apologyId } = await setup();
    await executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 0, body: SINCERE_APOLOGY });
    await executeAction(submitApology, comms, { apologyId, number: 1 });
    const stale = await executeAction(approveApology, exec, { apologyId, number: 2 });
    expect(stale.status).toBe(409);
  });

  it("refuses submitting an empty draft", async () => {
    const { comms, apologyId } = await setup();
    const s = await executeAction(submitApology, comms, { apologyId, number: 1 });
    expect(s.ok).toBe(false);
  });
});
