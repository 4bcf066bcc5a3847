import "server-only";
import type { Tx } from "@/lib/db";

// The feedback items behind a commitment: those tagged with its lessons' themes and those its
// lessons quote. When it is kept, each becomes a "tell them" task; a task already there (the
// commitment was reopened and kept again) is not duplicated.
export async function feedbackBehind(tx: Tx, organizationId: string, commitmentId: string): Promise<string[]> {
  const lessons = await tx.commitmentLesson.findMany({ where: { commitmentId, organizationId }, select: { lessonId: true } });
  const lessonIds = lessons.map((l) => l.lessonId);
  if (lessonIds.length === 0) return [];
  const [themes, quoted] = await Promise.all([
    tx.lessonTheme.findMany({ where: { lessonId: { in: lessonIds }, organizationId }, select: { themeId: true } }),
    tx.lessonFeedback.findMany({ where: { lessonId: { in: lessonIds }, organizationId }, select: { feedbackItemId: true } }),
  ]);
  const themeIds = [...new Set(themes.map((t) => t.themeId))];
  const tagged = themeIds.length
    ? await tx.feedbackTheme.findMany({ where: { themeId: { in: themeIds }, organizationId }, select: { feedbackItemId: true } })
    : [];
  return [...new Set([...quoted.map((q) => q.feedbackItemId), ...tagged.map((t) => t.feedbackItemId)])];
}

export async function createCloseLoopTasks(tx: Tx, organizationId: string, commitmentId: string): Promise<number> {
  const behind = await feedbackBehind(tx, organizationId, commitmentId);
  if (behind.length === 0) return 0;
  const existing = await tx.closeLoopTask.findMany({ where: { commitmentId, organizationId }, select: { feedbackItemId: true } });
  const have = new Set(existing.map((e) => e.feedbackItemId));
  const fresh = behind.filter((id) => !have.has(id));
  for (let i = 0; i < fresh.length; i += 500) {
    await tx.closeLoopTask.createMany({ data: fresh.slice(i, i + 500).map((feedbackItemId) => ({ organizationId, commitmentId, feedbackItemId })) });
  }
  return fresh.length;
}
