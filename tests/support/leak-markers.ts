// A public campaign whose every private field holds a distinctive marker: the leak tests check
// that none of them reaches the public page, its RSC payload or the feed. Public fields carry
// "PUBLIC-OK" so the tests also prove they are looking at the right content.
import { db } from "@/lib/db";
import { createCampaign, createMember, createOrganization, uid } from "@/tests/factories";

export const LEAK = "LEAKMARK";

export async function createLeakyCampaign() {
  const m = (field: string) => `${LEAK}-${field}-${uid()}`;
  const org = await createOrganization({ name: `PUBLIC-OK Org ${uid()}` });
  const admin = await createMember("ADMIN", org, { email: `${LEAK.toLowerCase()}-admin-${uid()}@example.test`, name: m("member-name") });
  const campaign = await createCampaign(admin, {
    title: `PUBLIC-OK campaign ${uid()}`,
    summary: m("campaign-summary"),
    affectedAudience: m("campaign-audience"),
    publicPage: true,
  });
  const scope = { organizationId: org.id, campaignId: campaign.id };

  // Apology: a published version, a later unpublished draft, review comments.
  const apology = await db.apology.create({ data: { ...scope, channel: "statement", name: "Statement" } });
  const v1 = await db.apologyVersion.create({ data: { organizationId: org.id, apologyId: apology.id, number: 1, body: "PUBLIC-OK We are sorry.", authorId: admin.userId, score: 50, analysis: {} } });
  const v2 = await db.apologyVersion.create({ data: { organizationId: org.id, apologyId: apology.id, number: 2, body: m("unpublished-draft"), authorId: admin.userId, score: 10, analysis: { note: m("analysis") } } });
  await db.apology.update({ where: { id: apology.id }, data: { currentVersionId: v2.id, publishedVersionId: v1.id, approvedVersionId: v1.id, reviewState: "DRAFT", publishedAt: new Date() } });
  await db.apologyPublication.create({ data: { organizationId: org.id, apologyId: apology.id, versionId: v1.id, publishedById: admin.userId } });
  await db.apologyReview.create({ data: { organizationId: org.id, apologyId: apology.id, versionId: v2.id, reviewerId: admin.userId, decision: "CHANGES_REQUESTED", comment: m("review-comment") } });
  const draftOnly = await db.apology.create({ data: { ...scope, channel: "email", name: m("draft-variant-name") } });
  const d1 = await db.apologyVersion.create({ data: { organizationId: org.id, apologyId: draftOnly.id, number: 1, body: m("never-published"), authorId: admin.userId, score: 0, analysis: {} } });
  await db.apology.update({ where: { id: draftOnly.id }, data: { currentVersionId: d1.id } });

  // Feedback: authors, texts, notes and replies are private.
  const item = await db.feedbackItem.create({
    data: { ...scope, channel: "SOCIAL", dedupeKey: uid(), externalId: m("external-id"), authorName: m("feedback-author"), authorHandle: m("feedback-handle"), text: m("feedback-text"), url: `https://example.test/${m("feedback-url")}`, receivedAt: new Date(), internalNote: m("internal-note"), responseText: m("reply") },
  });
  const theme = await db.theme.create({ data: { ...scope, label: m("theme") } });
  await db.feedbackTheme.create({ data: { feedbackItemId: item.id, themeId: theme.id, organizationId: org.id } });
  await db.lesson.create({ data: { ...scope, title: m("lesson"), whatWeHeard: m("heard"), rootCause: m("root-cause"), whatChanges: m("changes"), createdById: admin.userId } });

  // Commitments: one internal; one public with internal and retracted evidence.
  await db.commitment.create({ data: { ...scope, title: m("internal-commitment"), description: m("internal-description"), dueDate: new Date(), trustElement: "MEANS", isPublic: false } });
  const pub = await db.commitment.create({ data: { ...scope, title: "PUBLIC-OK promise", dueDate: new Date(Date.now() + 86_400_000), trustElement: "COMPETENCE", isPublic: true, ownerId: admin.userId } });
  await db.evidence.create({ data: { organizationId: org.id, commitmentId: pub.id, kind: "NOTE", title: m("internal-evidence"), note: m("internal-evidence-note"), isPublic: false, addedById: admin.userId } });
  await db.evidence.create({ data: { organizationId: org.id, commitmentId: pub.id, kind: "LINK", title: m("retracted-evidence"), url: `https://example.test/${m("retracted-url")}`, isPublic: true, retractedAt: new Date(), retractReason: m("retract-reason"), addedById: admin.userId } });
  await db.evidence.create({ data: { organizationId: org.id, commitmentId: pub.id, kind: "FILE", title: "PUBLIC-OK file", fileName: "report.pdf", fileKey: m("file-key"), fileMime: "application/pdf", fileSize: 10, isPublic: true, addedById: admin.userId } });

  // Stories: unpublished, withdrawn, and published without consent never show.
  const story = (quote: string, extra: Record<string, unknown>) =>
    db.customerStory.create({ data: { ...scope, origin: "MANUAL", authorName: m("story-author"), quote, ...extra } });
  await story(m("unpublished-story"), { consentStatus: "GRANTED", isPublished: false });
  await story(m("withdrawn-story"), { consentStatus: "WITHDRAWN", isPublished: false });
  await story(m("published-without-consent"), { consentStatus: "REQUESTED", isPublished: true });
  const granted = await story("PUBLIC-OK story", { consentStatus: "GRANTED", isPublished: true, authorName: "PUBLIC-OK author" });
  await db.consentRecord.create({ data: { organizationId: org.id, storyId: granted.id, status: "GRANTED", method: "REQUEST_LINK", wording: "I agree", ipHash: m("ip-hash") } });

  await db.notification.create({ data: { organizationId: org.id, userId: admin.userId, kind: "x", title: m("notification") } });
  await db.savedReply.create({ data: { organizationId: org.id, title: m("saved-reply"), body: m("saved-reply-body") } });
  const event = await db.publicEvent.create({ data: { ...scope, kind: "apology.published", title: "PUBLIC-OK Statement published" } });
  // Followers: addresses, tokens and delivery errors are private; so is the fact that anyone follows.
  const follower = await db.subscriber.create({
    data: { ...scope, email: `${LEAK.toLowerCase()}-follower-${uid()}@example.test`, confirmTokenHash: m("confirm-token-hash"), confirmedAt: new Date() },
  });
  await db.subscriber.create({ data: { ...scope, email: `${LEAK.toLowerCase()}-waiting-${uid()}@example.test` } });
  await db.followerMail.create({
    data: { ...scope, subscriberId: follower.id, kind: "EVENT", eventId: event.id, status: "FAILED", lastError: m("smtp-error"), unsubscribeTokenHash: m("unsubscribe-token-hash") },
  });
  await db.auditEvent.create({ data: { organizationId: org.id, actorLabel: m("audit-actor"), action: "x", entityType: "x", after: { secret: m("audit") } } });
  return { org, campaign, admin };
}
