// Access-matrix cases for step 4 (commitments, evidence, close the loop).
import { db } from "@/lib/db";
import { createFeedback } from "@/tests/factories/feedback";
import { createCommitment, createEvidence } from "@/tests/factories/commitments";
import type { Case, Fixture } from "@/tests/support/access-cases/types";

const scope = (f: Fixture) => ({ id: f.campaign.id, organizationId: f.organizationId });
const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

const commitmentFields = (f: Fixture) => ({
  title: "Refund every duplicate charge",
  description: "Including the bank fees it caused.",
  ownerId: f.admin.userId,
  dueDate: inTwoWeeks(),
  trustElement: "MOTIVE",
});

export const PROMISE_CASES: Record<string, Case> = {
  "commitment.create": { crossOrg: true, input: async (f) => ({ campaignId: f.campaign.id, ...commitmentFields(f) }) },
  "commitment.update": {
    crossOrg: true,
    input: async (f) => {
      const c = await createCommitment(scope(f), { ownerId: f.admin.userId });
      return { commitmentId: c.id, version: c.version, ...commitmentFields(f), isPublic: "on" };
    },
  },
  "commitment.postUpdate": {
    crossOrg: true,
    input: async (f) => {
      const c = await createCommitment(scope(f));
      return { commitmentId: c.id, version: c.version, text: "Half of the refunds are out.", progress: "50", status: "IN_PROGRESS" };
    },
  },
  "evidence.add": {
    crossOrg: true,
    input: async (f) => ({ commitmentId: (await createCommitment(scope(f))).id, kind: "LINK", url: "https://status.example.com/incident/42", isPublic: "on" }),
  },
  "evidence.retract": {
    crossOrg: true,
    input: async (f) => {
      const c = await createCommitment(scope(f));
      const e = await createEvidence(c, f.admin.userId);
      return { evidenceId: e.id, version: e.version, reason: "The figure was from the wrong month." };
    },
  },
  "loop.markTold": {
    crossOrg: true,
    input: async (f) => {
      const [item] = await createFeedback(scope(f));
      const c = await createCommitment(scope(f), { status: "DONE" });
      const task = await db.closeLoopTask.create({ data: { organizationId: f.organizationId, commitmentId: c.id, feedbackItemId: item.id } });
      return { taskId: task.id, message: "We kept our promise: every duplicate charge is refunded." };
    },
  },
};
