// Themes, lessons, commitments and evidence for tests, written directly (the rules themselves are
// tested through the actions).
import { db } from "@/lib/db";
import { uid } from "@/tests/factories";

type Campaign = { id: string; organizationId: string };

export async function createTheme(campaign: Campaign, opts: { label?: string; itemIds?: string[]; reviewed?: boolean; keyPhrases?: string[] } = {}) {
  const theme = await db.theme.create({
    data: { organizationId: campaign.organizationId, campaignId: campaign.id, label: opts.label ?? `Theme ${uid()}`, keyPhrases: (opts.keyPhrases ?? []).join("\n") },
  });
  if (opts.itemIds?.length) {
    await db.feedbackTheme.createMany({
      data: opts.itemIds.map((feedbackItemId) => ({ feedbackItemId, themeId: theme.id, organizationId: campaign.organizationId, reviewed: opts.reviewed ?? true })),
    });
  }
  return theme;
}

export async function createLesson(campaign: Campaign, authorId: string, opts: { themeIds?: string[]; feedbackIds?: string[]; title?: string } = {}) {
  const lesson = await db.lesson.create({
    data: {
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      title: opts.title ?? `Lesson ${uid()}`,
      whatWeHeard: "Customers were charged twice and could not reach us.",
      rootCause: "The billing retry ran without an idempotency key.",
      whatChanges: "Every charge carries an idempotency key; a second charge for one invoice is refused.",
      createdById: authorId,
    },
  });
  if (opts.themeIds?.length) await db.lessonTheme.createMany({ data: opts.themeIds.map((themeId) => ({ lessonId: lesson.id, themeId, organizationId: campaign.organizationId })) });
  if (opts.feedbackIds?.length) await db.lessonFeedback.createMany({ data: opts.feedbackIds.map((feedbackItemId) => ({ lessonId: lesson.id, feedbackItemId, organizationId: campaign.organizationId })) });
  return lesson;
}

export type CommitmentOverrides = Partial<{
  title: string;
  ownerId: string | null;
  dueDate: Date;
  status: "PLANNED" | "IN_PROGRESS" | "DONE" | "MISSED" | "DROPPED";
  trustElement: "COMPETENCE" | "MOTIVE" | "MEANS" | "IMPACT";
  isPublic: boolean;
  progress: number;
  lessonIds: string[];
}>;

export async function createCommitment(campaign: Campaign, o: CommitmentOverrides = {}) {
  const c = await db.commitment.create({
    data: {
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      title: o.title ?? `Refund every duplicate charge ${uid()}`,
      ownerId: o.ownerId ?? null,
      dueDate: o.dueDate ?? new Date(Date.now() + 14 * 86_400_000),
      status: o.status ?? "PLANNED",
      trustElement: o.trustElement ?? "COMPETENCE",
      isPublic: o.isPublic ?? false,
      progress: o.progress ?? 0,
      completedAt: o.status === "DONE" ? new Date() : null,
    },
  });
  if (o.lessonIds?.length) await db.commitmentLesson.createMany({ data: o.lessonIds.map((lessonId) => ({ commitmentId: c.id, lessonId, organizationId: campaign.organizationId })) });
  return c;
}

export async function createEvidence(
  commitment: { id: string; organizationId: string },
  addedById: string,
  o: Partial<{ kind: "LINK" | "NOTE" | "METRIC"; title: string; isPublic: boolean; retracted: boolean; url: string }> = {},
) {
  const kind = o.kind ?? "NOTE";
  return db.evidence.create({
    data: {
      organizationId: commitment.organizationId,
      commitmentId: commitment.id,
      kind,
      title: o.title ?? "Refunds completed",
      url: kind === "LINK" ? o.url ?? "https://status.example.com/refunds" : null,
      note: kind === "NOTE" ? "All 18,400 duplicate charges were refunded on 12 March." : "",
      metricName: kind === "METRIC" ? "Duplicate charges per 10,000 orders" : null,
      metricValue: kind === "METRIC" ? 0 : null,
      isPublic: o.isPublic ?? false,
      addedById,
      retractedAt: o.retracted ? new Date() : null,
      retractedById: o.retracted ? addedById : null,
      retractReason: o.retracted ? "Wrong figure." : null,
    },
  });
}
