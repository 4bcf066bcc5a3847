// The demo's lessons and commitments, across the four elements of trust, with evidence.
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";

const DAY = 86_400_000;

export async function seedPromises(campaign: { id: string; organizationId: string }, manager: Member, now: number) {
  const scope = { organizationId: campaign.organizationId, campaignId: campaign.id };
  const theme = await db.theme.create({ data: { ...scope, label: "Double charges and slow refunds", keyPhrases: "charged twice; refund" } });
  // Tag the complaints about charges and refunds, as accepting the suggested theme would.
  const matching = await db.feedbackItem.findMany({
    where: { ...scope, sentimentLabel: "NEGATIVE", OR: [{ text: { contains: "charg" } }, { text: { contains: "refund" } }] },
    select: { id: true },
  });
  await db.feedbackTheme.createMany({ data: matching.map((m) => ({ feedbackItemId: m.id, themeId: theme.id, organizationId: campaign.organizationId })) });
  const lesson = await db.lesson.create({
    data: {
      ...scope,
      title: "Payment retries were not idempotent",
      whatWeHeard: "Customers were charged two or three times and waited days for refunds and answers.",
      rootCause: "A deploy changed the retry policy without an idempotency key on card authorisations.",
      whatChanges: "Idempotency keys on every charge; staged rollouts with automatic rollback for payment changes.",
      createdById: manager.userId,
    },
  });
  await db.lessonTheme.create({ data: { lessonId: lesson.id, themeId: theme.id, organizationId: campaign.organizationId } });
  const commitments = [
    { title: "Refund every duplicate charge", element: "COMPETENCE", status: "DONE", progress: 100, due: -2, isPublic: true },
    { title: "Reimburse bank fees caused by the double charges", element: "MOTIVE", status: "IN_PROGRESS", progress: 60, due: 14, isPublic: true },
    { title: "Publish the incident review with its timeline", element: "MEANS", status: "IN_PROGRESS", progress: 30, due: -1, isPublic: true },
    { title: "Idempotency keys on every card authorisation", element: "IMPACT", status: "PLANNED", progress: 0, due: 30, isPublic: true },
    { title: "Rotate the on-call payment runbook owner", element: "COMPETENCE", status: "PLANNED", progress: 0, due: 21, isPublic: false },
  ] as const;
  for (const c of commitments) {
    const row = await db.commitment.create({
      data: {
        ...scope,
        title: c.title,
        description: c.isPublic ? "" : "Internal: rotate ownership after the postmortem.",
        ownerId: manager.userId,
        dueDate: new Date(now + c.due * DAY),
        trustElement: c.element,
        status: c.status,
        progress: c.progress,
        isPublic: c.isPublic,
        completedAt: c.status === "DONE" ? new Date(now - 3 * DAY) : null,
      },
    });
    await db.commitmentLesson.create({ data: { commitmentId: row.id, lessonId: lesson.id, organizationId: campaign.organizationId } });
    await db.commitmentUpdate.create({ data: { organizationId: campaign.organizationId, commitmentId: row.id, authorId: manager.userId, text: "Owner assigned and work started.", progressFrom: 0, progressTo: c.progress } });
    if (c.status === "DONE") {
      await db.evidence.create({
        data: { organizationId: campaign.organizationId, commitmentId: row.id, kind: "METRIC", title: "Duplicate charges refunded", metricName: "Refunded", metricValue: 18400, metricUnit: "customers", metricTarget: 18400, metricBaseline: 0, metricAsOf: new Date(now - 3 * DAY), isPublic: true, addedById: manager.userId },
      });
      await db.publicEvent.create({ data: { ...scope, kind: "commitment.status", title: `Kept: ${c.title}`, summary: "All 18,400 duplicate charges were refunded.", entityId: row.id } });
    }
    if (c.element === "MOTIVE") {
      await db.evidence.create({
        data: { organizationId: campaign.organizationId, commitmentId: row.id, kind: "LINK", title: "How to claim a bank fee refund", url: "https://demo.test/help/bank-fees", isPublic: true, addedById: manager.userId },
      });
    }
  }
}
