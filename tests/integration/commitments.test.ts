import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { createCommitment, postCommitmentUpdate, updateCommitment } from "@/lib/commitments/mutations";
import { markLoopTaskTold } from "@/lib/commitments/loop-mutations";
import { addEvidence, retractEvidence } from "@/lib/evidence/mutations";
import { campaignCoverage, commitmentTable, customerVoices } from "@/lib/commitments/queries";
import { parseTableFilter } from "@/lib/commitments/table-filter";
import { loadStepFacts } from "@/lib/campaigns/queries";
import { createCampaign, createMember } from "@/tests/factories";
import { createFeedback } from "@/tests/factories/feedback";
import { createCommitment as commitmentFactory, createEvidence, createLesson, createTheme } from "@/tests/factories/commitments";
import { snapshotOrganization } from "@/tests/support/snapshot";

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

async function setup() {
  const manager = await createMember("MANAGER");
  const comms = await createMember("COMMS", { id: manager.organizationId });
  const campaign = await createCampaign(manager, { publicPage: true });
  return { manager, comms, campaign };
}

describe("commitments", () => {
  it("are made from a lesson with an owner, a due date at the end of that day, an element, and a timeline", async () => {
    const { manager, comms, campaign } = await setup();
    const theme = await createTheme(campaign);
    const lesson = await createLesson(campaign, manager.userId, { themeIds: [theme.id] });
    const made = await executeAction(createCommitment, manager, {
      campaignId: campaign.id, title: "Refund every duplicate charge", ownerId: comms.userId, dueDate: day(10), trustElement: "MOTIVE", isPublic: "on", lessonIds: lesson.id,
    });
    expect(made.ok, made.message).toBe(true);
    const c = await db.commitment.findFirstOrThrow({ where: { campaignId: campaign.id }, include: { lessons: true, updates: true } });
    expect(c).toMatchObject({ ownerId: comms.userId, trustElement: "MOTIVE", isPublic: true, status: "PLANNED", progress: 0 });
    expect(c.dueDate.toISOString()).toBe(`${day(10)}T23:59:59.999Z`);
    expect(c.lessons.map((l) => l.lessonId)).toEqual([lesson.id]);
    expect(c.updates).toHaveLength(1);
    expect(await db.publicEvent.count({ where: { campaignId: campaign.id, kind: "commitment.made" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: comms.userId, kind: "commitment.assigned" } })).toBe(1);

    const stranger = await createMember("MANAGER");
    const before = await snapshotOrganization(manager.organizationId);
    const foreignOwner = await executeAction(createCommitment, manager, { campaignId: campaign.id, title: "Something", ownerId: stranger.userId, dueDate: day(3), trustElement: "MEANS" });
    expect(foreignOwner.fieldErrors?.ownerId).toBeDefined();
    const noElement = await executeAction(createCommitment, manager, { campaignId: campaign.id, title: "Something", ownerId: manager.userId, dueDate: "not a date" });
    expect(noElement.fieldErrors?.dueDate).toBeDefined();
    expect(noElement.fieldErrors?.trustElement).toBeDefined();
    expect(await snapshotOrganization(manager.organizationId)).toBe(before);
  });

  it("refuses DONE without evidence, and a retracted piece does not count; nothing is written", async () => {
    const { manager, campaign } = await setup();
    const c = await commitmentFactory(campaign, { status: "IN_PROGRESS" });
    await createEvidence(c, manager.userId, { retracted: true });
    const before = await snapshotOrganization(manager.organizationId);
    const state = await executeAction(postCommitmentUpdate, manager, { commitmentId: c.id, version: c.version, status: "DONE", text: "All done." });
    expect(state).toMatchObject({ ok: false, status: 422 });
    expect(state.fieldErrors?.status?.[0]).toMatch(/evidence/);
    expect(state.values?.text).toBe("All done.");
    expect(await snapshotOrganization(manager.organizationId)).toBe(before);
  });

  it("refuses MISSED or DROPPED without a reason, and records the reason when given", async () => {
    const { manager, campaign } = await setup();
    const c = await commitmentFactory(campaign, { isPublic: true });
    const before = await snapshotOrganization(manager.organizationId);
    for (const status of ["MISSED", "DROPPED"]) {
      const state = await executeAction(postCommitmentUpdate, manager, { commitmentId: c.id, version: c.version, status, reason: "late" });
      expect(state).toMatchObject({ ok: false, status: 422 });
      expect(state.fieldErrors?.reason?.[0]).toMatch(/why/);
    }
    expect(await executeAction(postCommitmentUpdate, manager, { commitmentId: c.id, version: c.version, status: "DONE" })).toMatchObject({ ok: false });
    expect(await snapshotOrganization(manager.organizationId)).toBe(before);

    const missed = await executeAction(postCommitmentUpdate, manager, { commitmentId: c.id, version: c.version, status: "MISSED", reason: "The bank's API change slipped to May." });
    expect(missed.ok, missed.message).toBe(true);
    const saved = await db.commitment.findUniqueOrThrow({ where: { id: c.id }, include: { updates: true } });
    expect(saved).toMatchObject({ status: "MISSED", statusReason: "The bank's API change slipped to May.", version: 2 });
    expect(saved.updates[0]).toMatchObject({ statusFrom: "PLANNED", statusTo: "MISSED" });
    expect(await db.publicEvent.findFirst({ where: { entityId: c.id, kind: "commitment.missed" } })).toMatchObject({ summary: "The bank's API change slipped to May." });
  });

  it("on DONE creates a “tell them” task per customer behind it, once, and tells the communications team", async () => {
    const { manager, comms, campaign } = await setup();
    const items = await createFeedback(campaign, [{ externalId: "a" }, { externalId: "b" }, { externalId: "c" }, { externalId: "d" }, { externalId: "e" }]);
    const [a, b, c3, d, e] = items;
    const charged = await createTheme(campaign, { itemIds: [a.id, b.id] });
    const support = await createTheme(campaign, { itemIds: [b.id, c3.id], reviewed: false });
    await createTheme(campaign, { itemIds: [e.id] }); // not behind this commitment
    const l1 = await createLesson(campaign, manager.userId, { themeIds: [charged.id], feedbackIds: [d.id] });
    const l2 = await createLesson(campaign, manager.userId, { themeIds: [support.id] });
    const c = await commitmentFactory(campaign, { ownerId: manager.userId, lessonIds: [l1.id, l2.id], isPublic: true });
    await createEvidence(c, manager.userId, { kind: "LINK", isPublic: true });

    const voices = await customerVoices(manager, c.id);
    expect(voices.total).toBe(4);

    const done = await executeAction(postCommitmentUpdate, manager, { commitmentId: c.id, version: c.version, status: "DONE", text: "Every duplicate charge is refunded." });
    expect(done.ok, done.message).toBe(true);
    expect(done.message).toMatch(/4 “tell them” tasks/);
    const tasks = await db.closeLoopTask.findMany({ where: { commitmentId: c.id } });
    expect(tasks.map((t) => t.feedbackItemId).sort()).toEqual([a.id, b.id, c3.id, d.id].sort());
    expect(tasks.every((t) => t.status === "OPEN")).toBe(true);
    expect(await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "DONE", progress: 100 });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).completedAt).not.toBeNull();
    expect(await db.notification.count({ where: { userId: comms.userId, kind: "loop.tasksReady" } })).toBe(1);
    expect(await db.publicEvent.count({ where: { entityId: c.id, kind: "commitment.done" } })).toBe(1);

    // Reopened and kept again: no duplicates.
    const v2 = (await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).version;
    expect((await executeAction(postCommitmentUpdate, manager, { commitmentId: c.id, version: v2, status: "IN_PROGRESS", text: "Reopened: one refund bounced." })).ok).toBe(true);
    expect((await executeAction(postCommitmentUpdate, manager, { commitmentId: c.id, version: v2 + 1, status: "DONE" })).ok).toBe(true);
    expect(await db.closeLoopTask.count({ where: { commitmentId: c.id } })).toBe(4);

    // Telling is audited, once.
    const told = await executeAction(markLoopTaskTold, comms, { taskId: tasks[0].id, message: "We kept our promise." });
    expect(told.ok).toBe(true);
    expect(await db.closeLoopTask.findUniqueOrThrow({ where: { id: tasks[0].id } })).toMatchObject({ status: "TOLD", toldById: comms.userId });
    expect(await db.auditEvent.findFirst({ where: { action: "loop.markTold", entityId: tasks[0].id } })).toMatchObject({ actorId: comms.userId });
    expect(await executeAction(markLoopTaskTold, comms, { taskId: tasks[0].id })).toMatchObject({ ok: false, status: 409 });

    const facts = (await loadStepFacts(manager.organizationId, [campaign])).get(campaign.id)!;
    expect(facts.promises).toMatchObject({ commitments: 1, done: 1, openLoopTasks: 3 });
  });

  it("keeps edits conflict-safe and puts a moved due date on the timeline", async () => {
    const { manager, campaign } = await setup();
    const c = await commitmentFactory(campaign, { ownerId: manager.userId, dueDate: new Date(`${day(5)}T23:59:59.999Z`) });
    const fields = { title: "Refund every duplicate charge", ownerId: manager.userId, trustElement: "COMPETENCE" };
    expect((await executeAction(updateCommitment, manager, { commitmentId: c.id, version: 1, ...fields, dueDate: day(9) })).ok).toBe(true);
    const updates = await db.commitmentUpdate.findMany({ where: { commitmentId: c.id } });
    expect(updates.map((u) => u.text).join(" ")).toMatch(/Due date moved from/);
    const stale = await executeAction(updateCommitment, manager, { commitmentId: c.id, version: 1, ...fields, title: "Mine", dueDate: day(9) });
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect(stale.values?.title).toBe("Mine");
    const staleUpdate = await executeAction(postCommitmentUpdate, manager, { commitmentId: c.id, version: 1, progress: "40" });
    expect(staleUpdate).toMatchObject({ ok: false, status: 409 });
  });

  it("shows overdue ones in the table and the stepper, and covers the elements of trust", async () => {
    const { manager, campaign } = await setup();
    await commitmentFactory(campaign, { dueDate: new Date(Date.now() - 2 * DAY), trustElement: "COMPETENCE", ownerId: manager.userId });
    await commitmentFactory(campaign, { dueDate: new Date(Date.now() - 2 * DAY), status: "DONE", trustElement: "IMPACT" });
    await commitmentFactory(campaign, { dueDate: new Date(Date.now() + 2 * DAY), trustElement: "MEANS", status: "DROPPED" });
    const overdue = await commitmentTable(manager, campaign.id, parseTableFilter({ due: "overdue" }));
    expect(overdue.total).toBe(1);
    const mine = await commitmentTable(manager, campaign.id, parseTableFilter({ owner: "me", sort: "title", dir: "desc" }));
    expect(mine.total).toBe(1);
    const coverage = await campaignCoverage(manager, campaign.id);
    expect(coverage.filter((e) => e.missing).map((e) => e.element)).toEqual(["MOTIVE", "MEANS"]);
    const facts = (await loadStepFacts(manager.organizationId, [campaign])).get(campaign.id)!;
    expect(facts.promises).toMatchObject({ commitments: 3, overdue: 1, done: 1, dropped: 1 });
  });
});

describe("evidence records", () => {
  it("are retracted with a reason, never deleted; the last proof of a kept promise cannot be retracted", async () => {
    const { manager, campaign } = await setup();
    const c = await commitmentFactory(campaign, { status: "DONE" });
    const [first, second] = [await createEvidence(c, manager.userId), await createEvidence(c, manager.userId)];
    expect((await executeAction(retractEvidence, manager, { evidenceId: first.id, version: 1, reason: "The figure was from February." })).ok).toBe(true);
    expect(await db.evidence.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ retractReason: "The figure was from February.", retractedById: manager.userId });
    const before = await snapshotOrganization(manager.organizationId);
    const last = await executeAction(retractEvidence, manager, { evidenceId: second.id, version: 1, reason: "Also wrong, sadly." });
    expect(last).toMatchObject({ ok: false, status: 422 });
    expect(last.message).toMatch(/only proof/);
    expect(await executeAction(retractEvidence, manager, { evidenceId: first.id, version: 2, reason: "Retract it again please." })).toMatchObject({ ok: false });
    expect(await snapshotOrganization(manager.organizationId)).toBe(before);
    expect(await db.evidence.count({ where: { commitmentId: c.id } })).toBe(2);
  });

  it("write a public event only for public evidence of a public commitment", async () => {
    const { manager, campaign } = await setup();
    const internal = await commitmentFactory(campaign, { isPublic: false });
    const open = await commitmentFactory(campaign, { isPublic: true });
    const link = { kind: "LINK", url: "https://status.example.com/incident/42", isPublic: "on" };
    expect((await executeAction(addEvidence, manager, { commitmentId: internal.id, ...link })).ok).toBe(true);
    expect((await executeAction(addEvidence, manager, { commitmentId: open.id, ...link, isPublic: "" })).ok).toBe(true);
    expect(await db.publicEvent.count({ where: { campaignId: campaign.id } })).toBe(0);
    const added = await executeAction(addEvidence, manager, { commitmentId: open.id, ...link, title: "Incident report" });
    expect(added.ok).toBe(true);
    const event = await db.publicEvent.findFirstOrThrow({ where: { campaignId: campaign.id } });
    expect(event).toMatchObject({ kind: "evidence.added", entityId: open.id });
    const ev = await db.evidence.findFirstOrThrow({ where: { commitmentId: open.id, title: "Incident report" } });
    expect(ev).toMatchObject({ kind: "LINK", isPublic: true, addedById: manager.userId, url: "https://status.example.com/incident/42" });
  });

  it("refuse links that are not http(s), and a metric without a number", async () => {
    const { manager, campaign } = await setup();
    const c = await commitmentFactory(campaign);
    const before = await snapshotOrganization(manager.organizationId);
    for (const url of ["javascript:alert(1)", "ftp://example.com/file", "data:text/html,hi", "example.com"]) {
      const state = await executeAction(addEvidence, manager, { commitmentId: c.id, kind: "LINK", url });
      expect(state.fieldErrors?.url?.[0], url).toMatch(/https:\/\//);
    }
    const metric = await executeAction(addEvidence, manager, { commitmentId: c.id, kind: "METRIC", metricName: "Refund time", metricValue: "fast" });
    expect(metric.fieldErrors?.metricValue?.[0]).toMatch(/not a number/);
    expect(await snapshotOrganization(manager.organizationId)).toBe(before);
    const ok = await executeAction(addEvidence, manager, { commitmentId: c.id, kind: "METRIC", metricName: "Refund time", metricValue: "2.5", metricUnit: "days", metricBaseline: "10", metricTarget: "3", metricAsOf: "2026-05-01" });
    expect(ok.ok).toBe(true);
    expect(await db.evidence.findFirstOrThrow({ where: { commitmentId: c.id } })).toMatchObject({ metricValue: 2.5, metricBaseline: 10, metricTarget: 3, metricUnit: "days", title: "Refund time" });
  });
});
