// Everything an organization holds, as one string: equal before and after means nothing was written.
import { db } from "@/lib/db";

const TENANT_MODELS = [
  "membership", "invitation", "apiToken", "campaign", "apology", "apologyVersion", "apologyReview",
  "apologyPublication", "feedbackItem", "feedbackTheme", "theme", "importJob", "importRejection",
  "importMapping", "savedReply", "lesson", "lessonTheme", "lessonFeedback", "commitment",
  "commitmentLesson", "evidence", "commitmentUpdate", "closeLoopTask", "customerStory",
  "consentRecord", "storyRequestLink", "notification", "auditEvent", "publicEvent", "subscriber",
] as const;
// Not compared: FollowerMail. Its rows are the follower-mail drain's outbox, written on the drain's
// own schedule (after any public change in any organization, and by each process's sweep every
// few seconds in the browser tests), never by the request under test: a follow request shows as
// a Subscriber row, which is compared.

type Finder = { findMany(args: unknown): Promise<unknown[]> };

export async function snapshotOrganization(organizationId: string): Promise<string> {
  const parts: Record<string, unknown> = {};
  for (const model of TENANT_MODELS) {
    const delegate = (db as unknown as Record<string, Finder>)[model];
    parts[model] = await delegate.findMany({ where: { organizationId } });
  }
  // When the follower-mail drain looked at an event is its own bookkeeping, likewise.
  parts.publicEvent = (parts.publicEvent as Record<string, unknown>[]).map(({ followersQueuedAt: _queued, ...event }) => event);
  parts.organization = await db.organization.findUnique({ where: { id: organizationId } });
  parts.users = await db.user.findMany({
    where: { memberships: { some: { organizationId } } },
    select: { id: true, sessionVersion: true, activeOrganizationId: true, version: true },
    orderBy: { id: "asc" },
  });
  return JSON.stringify(parts);
}
