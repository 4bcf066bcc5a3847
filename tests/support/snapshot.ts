// Everything an organization holds, as one string: equal before and after means nothing was written.
import { db } from "@/lib/db";

const TENANT_MODELS = [
  "membership", "invitation", "apiToken", "campaign", "apology", "apologyVersion", "apologyReview",
  "apologyPublication", "feedbackItem", "feedbackTheme", "theme", "importJob", "importRejection",
  "importMapping", "savedReply", "lesson", "lessonTheme", "lessonFeedback", "commitment",
  "commitmentLesson", "evidence", "commitmentUpdate", "closeLoopTask", "customerStory",
  "consentRecord", "storyRequestLink", "notification", "auditEvent", "publicEvent", "subscriber",
  "followerMail",
] as const;

type Finder = { findMany(args: unknown): Promise<unknown[]> };

// `outbox: false` leaves out FollowerMail, for tests against a running server: there the
// follower-mail drain (after any public change in any organization, and each process's sweep
// every few seconds) queues, sends and records mail on its own schedule. Requests write it too
// (a follow request queues its confirmation, an unsubscribe cancels what waits), which the
// integration tests, where no drain runs unasked, compare.
export async function snapshotOrganization(organizationId: string, opts: { outbox?: boolean } = {}): Promise<string> {
  const parts: Record<string, unknown> = {};
  for (const model of TENANT_MODELS) {
    if (model === "followerMail" && opts.outbox === false) continue;
    const delegate = (db as unknown as Record<string, Finder>)[model];
    parts[model] = await delegate.findMany({ where: { organizationId } });
  }
  // When the follower-mail drain (run after any public change, in any organization) looked at an
  // event is its own bookkeeping, not a write by the request under test.
  parts.publicEvent = (parts.publicEvent as Record<string, unknown>[]).map(({ followersQueuedAt: _queued, ...event }) => event);
  parts.organization = await db.organization.findUnique({ where: { id: organizationId } });
  parts.users = await db.user.findMany({
    where: { memberships: { some: { organizationId } } },
    select: { id: true, sessionVersion: true, activeOrganizationId: true, version: true },
    orderBy: { id: "asc" },
  });
  return JSON.stringify(parts);
}
