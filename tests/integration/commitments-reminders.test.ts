import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendDueReminders } from "@/lib/reminders/send-due-reminders";
import { createCampaign, createMember } from "@/tests/factories";
import { createCommitment } from "@/tests/factories/commitments";

const at = (iso: string) => new Date(iso);
const due = (day: string) => new Date(`${day}T23:59:59.999Z`);

async function setup(reminderDays = 3) {
  const manager = await createMember("MANAGER");
  await db.organization.update({ where: { id: manager.organizationId }, data: { reminderDays } });
  const campaign = await createCampaign(manager);
  return { manager, campaign };
}

const reminders = (userId: string) => db.notification.findMany({ where: { userId, kind: { startsWith: "commitment." } }, orderBy: { createdAt: "asc" } });

describe("due and overdue reminders", () => {
  it("remind the owner N days before and when overdue, once per commitment, kind and day", async () => {
    const { manager, campaign } = await setup(3);
    const soon = await createCommitment(campaign, { ownerId: manager.userId, dueDate: due("2026-06-12"), title: "Publish the incident report" });
    const late = await createCommitment(campaign, { ownerId: manager.userId, dueDate: due("2026-06-08"), title: "Refund the bank fees" });
    await createCommitment(campaign, { ownerId: manager.userId, dueDate: due("2026-06-30") }); // not yet
    await createCommitment(campaign, { ownerId: manager.userId, dueDate: due("2026-06-08"), status: "DONE" }); // kept
    await createCommitment(campaign, { ownerId: manager.userId, dueDate: due("2026-06-08"), status: "MISSED" }); // closed with a reason

    const now = at("2026-06-10T09:00:00Z");
    const first = await sendDueReminders(now, { organizationId: manager.organizationId });
    expect(first.created).toBe(2);
    const sent = await reminders(manager.userId);
    expect(sent.map((n) => [n.kind, n.link])).toEqual(expect.arrayContaining([
      ["commitment.dueSoon", `/campaigns/${campaign.slug}/promises/${soon.id}`],
      ["commitment.overdue", `/campaigns/${campaign.slug}/promises/${late.id}`],
    ]));
    expect(sent.find((n) => n.kind === "commitment.dueSoon")!.title).toBe("Due in 2 days: Publish the incident report");
    expect(await db.auditEvent.count({ where: { organizationId: manager.organizationId, action: "reminders.send" } })).toBe(1);

    // Again the same day — by the scheduler, by page loads, twice at once: nothing new.
    await Promise.all([sendDueReminders(at("2026-06-10T15:00:00Z")), sendDueReminders(at("2026-06-10T23:59:00Z"), { organizationId: manager.organizationId })]);
    expect(await sendDueReminders(at("2026-06-10T18:00:00Z"), { organizationId: manager.organizationId })).toMatchObject({ created: 0 });
    expect(await reminders(manager.userId)).toHaveLength(2);

    // The next day each is reminded again, once.
    await sendDueReminders(at("2026-06-11T08:00:00Z"), { organizationId: manager.organizationId });
    await sendDueReminders(at("2026-06-11T09:00:00Z"), { organizationId: manager.organizationId });
    expect(await reminders(manager.userId)).toHaveLength(4);
  });

  it("follow the organization's reminder window", async () => {
    const { manager, campaign } = await setup(1);
    await createCommitment(campaign, { ownerId: manager.userId, dueDate: due("2026-06-12") });
    expect(await sendDueReminders(at("2026-06-10T09:00:00Z"), { organizationId: manager.organizationId })).toMatchObject({ created: 0 });
    expect(await sendDueReminders(at("2026-06-11T09:00:00Z"), { organizationId: manager.organizationId })).toMatchObject({ created: 1 });
  });

  it("go to the admins and managers when a commitment has no owner, and never to another organization", async () => {
    const { manager, campaign } = await setup(3);
    const admin = await createMember("ADMIN", { id: manager.organizationId });
    const comms = await createMember("COMMS", { id: manager.organizationId });
    const other = await setup(3);
    await createCommitment(campaign, { ownerId: null, dueDate: due("2026-06-09") });
    await createCommitment(other.campaign, { ownerId: other.manager.userId, dueDate: due("2026-06-09") });
    await sendDueReminders(at("2026-06-10T09:00:00Z"), { organizationId: manager.organizationId });
    expect(await reminders(manager.userId)).toHaveLength(1);
    expect(await reminders(admin.userId)).toHaveLength(1);
    expect(await reminders(comms.userId)).toHaveLength(0);
    expect(await reminders(other.manager.userId)).toHaveLength(0);
  });
});
