// Access-matrix cases for the inbox.
import { db } from "@/lib/db";
import { createFeedback } from "@/tests/factories/feedback";
import type { Case, Fixture } from "@/tests/support/access-cases/types";

const item = async (f: Fixture) => (await createFeedback({ id: f.campaign.id, organizationId: f.organizationId }))[0];

export const FEEDBACK_CASES: Record<string, Case> = {
  "feedback.reply": { crossOrg: true, input: async (f) => { const i = await item(f); return { itemId: i.id, version: i.version, text: "We are sorry; we refunded you." }; } },
  "feedback.update": { crossOrg: true, input: async (f) => { const i = await item(f); return { itemId: i.id, version: i.version, status: "IN_PROGRESS" }; } },
  "feedback.overrideSentiment": { crossOrg: true, input: async (f) => { const i = await item(f); return { itemId: i.id, version: i.version, label: "POSITIVE" }; } },
  "feedback.bulkUpdate": { crossOrg: true, input: async (f) => ({ ids: [(await item(f)).id], status: "CLOSED" }) },
  "savedReply.create": { crossOrg: false, input: async () => ({ title: "Refund on its way", body: "We are sorry. Your refund is on its way." }) },
  "savedReply.delete": {
    crossOrg: true,
    input: async (f) => ({ id: (await db.savedReply.create({ data: { organizationId: f.organizationId, title: "T", body: "Body text" } })).id }),
  },
};
