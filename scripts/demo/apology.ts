// The demo's apology: a public statement that went through review, was published, then revised.
import { executeAction } from "@/lib/actions/define-action";
import { approveApology, createApologyVariant, publishApology, saveApologyDraft, submitApology } from "@/lib/apology/mutations";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";

const STATEMENT = `We are sorry. On the morning of the outage, a change we made to our payment service retried failed card authorisations, and we charged 18,400 of you two or three times for the same order. That was our mistake, not our bank's or a supplier's.

We know what it cost you: money you needed, overdraft fees, blocked cards, and hours spent waiting for answers we were too slow to give.

We have refunded every duplicate charge, and we are paying back any bank fee you tell us about. We have added a check that stops a second charge for the same order, and every change to payments now goes through a staged rollout with automatic rollback.

If anything is still wrong, reply to our email or write to care@demo.test. A person will answer within four hours.`;

const REVISION = `${STATEMENT}

Update: all duplicate charges have now been refunded, and 1,240 bank fees have been reimbursed so far.`;

async function ok(p: Promise<{ ok: boolean; message: string }>) {
  const s = await p;
  if (!s.ok) throw new Error(`demo seed: ${s.message}`);
  return s;
}

export async function seedApology(campaignId: string, comms: Member, exec: Member) {
  const created = await ok(executeAction(createApologyVariant, comms, { campaignId, channel: "statement" }));
  const apologyId = (created as { data?: { apologyId: string } }).data!.apologyId;
  await ok(executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 0, body: STATEMENT }));
  await ok(executeAction(submitApology, comms, { apologyId, number: 1 }));
  await ok(executeAction(approveApology, exec, { apologyId, number: 1, comment: "Clear and owns it. Approved." }));
  const v1 = await db.apology.findUniqueOrThrow({ where: { id: apologyId } });
  await ok(executeAction(publishApology, comms, { apologyId, expectedVersion: v1.version }));
  await ok(executeAction(saveApologyDraft, comms, { apologyId, baseNumber: 1, body: REVISION }));
  await ok(executeAction(submitApology, comms, { apologyId, number: 2 }));
  await ok(executeAction(approveApology, exec, { apologyId, number: 2 }));
  const v2 = await db.apology.findUniqueOrThrow({ where: { id: apologyId } });
  await ok(executeAction(publishApology, comms, { apologyId, expectedVersion: v2.version, changeSummary: "Added that every duplicate charge is refunded and how many bank fees were reimbursed." }));
  // A customer email still in draft, to show the workspace mid-flight.
  const email = await ok(executeAction(createApologyVariant, comms, { campaignId, channel: "email" }));
  const emailId = (email as { data?: { apologyId: string } }).data!.apologyId;
  await ok(executeAction(saveApologyDraft, comms, { apologyId: emailId, baseNumber: 0, body: "Dear customer, we regret any inconvenience caused by a minor billing issue. Mistakes were made." }));
}
