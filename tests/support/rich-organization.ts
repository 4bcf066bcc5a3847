// An organization with at least one row of every model that belongs to one, built with the shared
// factories (and a few actions, so audit events and stored files are the real ones). Used by the
// organization export/import test, which fails when a model of the export plan has no row here.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage";
import { executeAction } from "@/lib/actions/define-action";
import { addEvidence } from "@/lib/evidence/mutations";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { addMembership, createCampaign, createMember, createOrganization, createUser, uid } from "@/tests/factories";
import { createApology } from "@/tests/factories/apology";
import { createFeedback } from "@/tests/factories/feedback";
import { createCommitment, createEvidence, createLesson, createTheme } from "@/tests/factories/commitments";
import { createRequestLink, createStory } from "@/tests/factories/stories";

export const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n", "latin1");
// A PNG larger than one export chunk, with every byte value, so chunking and base64 are exercised.
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  Buffer.from(Array.from({ length: 1024 * 1024 + 4099 }, (_, i) => (i * 7) % 256)),
]);

const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

async function ok<T>(state: Promise<{ ok: boolean; message?: string; data?: unknown }>): Promise<T> {
  const s = await state;
  if (!s.ok) throw new Error(`factory action failed: ${s.message}`);
  return s.data as T;
}

// Another organization on the same instance, with a person who belongs to both.
async function createNeighbour(shared: { userId: string }) {
  const org = await createOrganization({ name: `Neighbour ${uid()}` });
  const admin = await createMember("ADMIN", org);
  await addMembership(org.id, shared.userId, "EXEC");
  const campaign = await createCampaign(admin, { title: `Neighbour incident ${uid()}` });
  const [item] = await createFeedback(campaign, [{ text: `Neighbour complaint ${uid()}` }]);
  const commitment = await createCommitment(campaign, { ownerId: admin.userId });
  const evidence = await ok<{ evidenceId: string }>(executeAction(addEvidence, admin, { commitmentId: commitment.id, kind: "FILE", file: file(PDF, "neighbour.pdf") }));
  const { fileKey } = await db.evidence.findUniqueOrThrow({ where: { id: evidence.evidenceId } });
  return { org, admin, campaign, item, fileKey: fileKey! };
}

export async function createRichOrganization() {
  const org = await db.organization.update({
    where: { id: (await createOrganization({ name: `Rich ${uid()}` })).id },
    data: { framingOrigins: "https://www.example.com\nhttps://shop.example.com", reminderDays: 5 },
  });
  const admin = await createMember("ADMIN", org, { name: "Ada Admin" });
  const comms = await createMember("COMMS", org, { name: "Cleo Comms" });
  const manager = await createMember("MANAGER", org, { name: "Max Manager" });
  const exec = await createMember("EXEC", org, { name: "Eve Exec" });
  // Left the organization, but their name stays on what they wrote.
  const former = await createUser({ name: "Fred Former" });
  const neighbour = await createNeighbour(exec);
  await db.user.update({ where: { id: exec.userId }, data: { activeOrganizationId: neighbour.org.id, sessionVersion: 3 } });
  await db.user.update({ where: { id: admin.userId }, data: { activeOrganizationId: org.id } });

  const campaign = await createCampaign(admin, { publicPage: true, discoveredAt: new Date("2026-03-03T11:15:00Z"), status: "RECOVERING" });
  const second = await createCampaign(comms, { severity: "LOW" });

  await db.invitation.create({ data: { organizationId: org.id, email: `new-${uid()}@example.test`, role: "COMMS", tokenHash: hashToken(newToken()), expiresAt: new Date(Date.now() + 86_400_000), invitedById: admin.userId } });
  await db.invitation.create({ data: { organizationId: org.id, email: exec.email, role: "EXEC", tokenHash: hashToken(newToken()), expiresAt: new Date(), invitedById: admin.userId, acceptedAt: new Date(), acceptedById: exec.userId } });
  const apiToken = await ok<{ token: string; tokenId: string }>(executeAction(createApiToken, admin, { name: "Listening tool", scopes: ["feedback:write", "feedback:read"] }));

  // Apologize: two versions (one by the former member), reviewed, approved, published.
  const apology = await createApology(campaign, former.id, { channel: "statement", bodies: ["We are sorry.", "We are sorry: we charged you twice."], state: "PUBLISHED", approveCurrent: true, publishCurrent: true });
  const versions = await db.apologyVersion.findMany({ where: { apologyId: apology.id }, orderBy: { number: "asc" } });
  await db.apologyReview.createMany({
    data: [
      { organizationId: org.id, apologyId: apology.id, versionId: versions[0].id, reviewerId: exec.userId, decision: "CHANGES_REQUESTED", comment: "Say what went wrong." },
      { organizationId: org.id, apologyId: apology.id, versionId: versions[1].id, reviewerId: exec.userId, decision: "APPROVED" },
    ],
  });
  await db.apologyPublication.create({ data: { organizationId: org.id, apologyId: apology.id, versionId: versions[1].id, publishedById: comms.userId, changeSummary: "First publication" } });

  // Listen: feedback (one imported), themes, an import job whose file is still in storage.
  const items = await createFeedback(campaign, [{ text: "Charged twice, nobody answers!" }, { text: "Thanks for the quick refund", channel: "REVIEW" }, { text: "Please add an invoice check", channel: "SURVEY" }]);
  await db.feedbackItem.update({ where: { id: items[0].id }, data: { status: "RESPONDED", assigneeId: comms.userId, responderId: comms.userId, responseText: "We are sorry; refunded.", respondedAt: new Date(), internalNote: "VIP" } });
  await db.feedbackItem.update({ where: { id: items[2].id }, data: { isSuggestion: true, sentimentOverridden: true, sentimentLabel: "NEUTRAL", sentimentScore: 0.125 } });
  const importKey = `imports/${org.id}/${randomUUID()}.csv`;
  const csv = "Message,Date\nDouble charge again,2026-03-04\n,2026-03-05\n";
  await storage.put(importKey, csv);
  await db.importJob.create({
    data: { organizationId: org.id, campaignId: campaign.id, fileName: "march.csv", filePath: importKey, mapping: { text: "Message", receivedAt: "Date" }, status: "PENDING", totalRows: 2, createdById: manager.userId },
  });
  const done = await db.importJob.create({
    data: { organizationId: org.id, campaignId: campaign.id, fileName: "feb.csv", mapping: { text: "Message" }, status: "COMPLETED", totalRows: 3, processedRows: 3, createdCount: 1, rejectedCount: 2, startedAt: new Date(), finishedAt: new Date(), durationMs: 1234, createdById: manager.userId },
  });
  await db.importRejection.createMany({ data: [{ organizationId: org.id, importJobId: done.id, rowNumber: 2, reason: "No text", raw: ",2026-02-01" }, { organizationId: org.id, importJobId: done.id, rowNumber: 3, reason: "Bad date", raw: "Hi,yesterday" }] });
  await db.feedbackItem.update({ where: { id: items[1].id }, data: { importJobId: done.id } });
  await db.importMapping.create({ data: { organizationId: org.id, name: `Brandwatch ${uid()}`, mapping: { text: "Message", channel: { const: "SOCIAL" } } } });
  await db.savedReply.create({ data: { organizationId: org.id, title: "Refund done", body: "We refunded you on {date}." } });
  const theme = await createTheme(campaign, { label: "Double charge", itemIds: [items[0].id], keyPhrases: ["charged twice"] });
  await createTheme(second, { label: "Suggested", itemIds: [], reviewed: false });

  // Learn and keep promises: evidence as files (through the action), a link retracted by the former member, a file gone missing.
  const lesson = await createLesson(campaign, manager.userId, { themeIds: [theme.id], feedbackIds: [items[0].id] });
  const commitment = await createCommitment(campaign, { ownerId: manager.userId, isPublic: true, status: "IN_PROGRESS", progress: 60, trustElement: "MEANS", lessonIds: [lesson.id] });
  await ok(executeAction(addEvidence, manager, { commitmentId: commitment.id, kind: "FILE", file: file(PDF, "Refund report.pdf"), isPublic: true }));
  await ok(executeAction(addEvidence, manager, { commitmentId: commitment.id, kind: "FILE", file: file(PNG, "chart.png") }));
  await ok(executeAction(addEvidence, manager, { commitmentId: commitment.id, kind: "METRIC", metricName: "Duplicate charges", metricValue: "0.25", metricUnit: "%", metricBaseline: "3.5", metricTarget: "0" }));
  await createEvidence(commitment, former.id, { kind: "LINK", retracted: true });
  const lostKey = `evidence/${org.id}/${randomUUID()}.pdf`;
  await db.evidence.create({ data: { organizationId: org.id, commitmentId: commitment.id, kind: "FILE", title: "Lost scan", fileKey: lostKey, fileName: "scan.pdf", fileMime: "application/pdf", fileSize: 10, addedById: manager.userId } });
  await db.commitmentUpdate.create({ data: { organizationId: org.id, commitmentId: commitment.id, authorId: manager.userId, text: "Refunds 60% done", progressFrom: 0, progressTo: 60, statusFrom: "PLANNED", statusTo: "IN_PROGRESS" } });
  await db.closeLoopTask.create({ data: { organizationId: org.id, commitmentId: commitment.id, feedbackItemId: items[0].id, status: "TOLD", toldAt: new Date(), toldById: comms.userId } });

  // Stories: from feedback with consent records, a request link for it, a general link.
  const withdrawToken = newToken();
  const story = await createStory(campaign, { origin: "FEEDBACK", consentStatus: "GRANTED", isPublished: true, rating: 5, featuredOrder: 1, withdrawToken, excerpt: "refunded the double charge" });
  await db.customerStory.update({ where: { id: story.id }, data: { feedbackItemId: items[1].id } });
  await db.consentRecord.createMany({
    data: [
      { organizationId: org.id, storyId: story.id, status: "REQUESTED", method: "personal-link", wording: "May we share your words?", actorId: comms.userId },
      { organizationId: org.id, storyId: story.id, status: "GRANTED", method: "REQUEST_LINK", wording: "May we share your words?", ipHash: "ab12" },
    ],
  });
  const { token: storyLinkToken } = await createRequestLink(campaign, comms.userId, { storyId: story.id, singleUse: true, usedAt: new Date() });
  const general = await createRequestLink(campaign, comms.userId, { label: "Newsletter" });
  await db.storyRequestLink.update({ where: { id: general.link.id }, data: { feedbackItemId: items[1].id } });

  await db.notification.create({ data: { organizationId: org.id, userId: manager.userId, kind: "commitment.due", title: "Due in 3 days", link: `/campaigns/${campaign.slug}/promises`, readAt: new Date() } });
  await db.auditEvent.create({ data: { organizationId: org.id, actorId: former.id, actorLabel: former.email, action: "apology.save", entityType: "Apology", entityId: apology.id, after: { body: "We are sorry.", nested: { list: [1, 2.5, null, "x"] } } } });
  const event = await db.publicEvent.create({ data: { organizationId: org.id, campaignId: campaign.id, kind: "apology.published", title: "Statement published", entityId: apology.id, followersQueuedAt: new Date() } });
  const follower = await db.subscriber.create({
    data: { organizationId: org.id, campaignId: campaign.id, email: `follower-${uid()}@example.test`, confirmTokenHash: hashToken(newToken()), confirmTokenExpiresAt: new Date(Date.now() + 86_400_000), confirmedAt: new Date() },
  });
  await db.followerMail.create({
    data: { organizationId: org.id, campaignId: campaign.id, subscriberId: follower.id, kind: "EVENT", eventId: event.id, status: "SENT", attempts: 1, sentAt: new Date(), unsubscribeTokenHash: hashToken(newToken()) },
  });

  const files = (await db.evidence.findMany({ where: { organizationId: org.id, fileKey: { not: null } }, select: { fileKey: true } })).map((e) => e.fileKey!);
  return {
    org, admin, comms, manager, exec, former, neighbour, campaign,
    secrets: { apiToken: apiToken.token, withdrawToken, storyLinkToken },
    storedFiles: [...files.filter((k) => k !== lostKey), importKey],
    missingFile: lostKey,
  };
}
