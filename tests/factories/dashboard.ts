// A small campaign whose every dashboard figure is worked out by hand in
// tests/integration/dashboard.test.ts, and shown in the browser by tests/e2e/dashboard.spec.ts.
// Everything is dated relative to `now`: the campaign happened nine days before today, at 09:00.
// Rows are written directly, with their dates (the rules that produce them are tested elsewhere).
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { createCampaign, uid } from "@/tests/factories";

const H = 3_600_000;
const D = 24 * H;
const startOfDay = (d: Date) => new Date(Math.floor(d.getTime() / D) * D);
const endOfDay = (d: Date) => new Date(startOfDay(d).getTime() + D - 1);

type Label = "NEGATIVE" | "NEUTRAL" | "POSITIVE";
type Status = "NEW" | "IN_PROGRESS" | "RESPONDED" | "CLOSED";

export async function createDatedFeedback(
  campaign: { id: string; organizationId: string },
  f: { receivedAt: Date; label: Label; replyAfterMinutes?: number; status?: Status; authorName?: string; text?: string; responderId?: string },
) {
  const respondedAt = f.replyAfterMinutes === undefined ? null : new Date(f.receivedAt.getTime() + f.replyAfterMinutes * 60_000);
  const key = uid("dash-");
  return db.feedbackItem.create({
    data: {
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      channel: "SOCIAL",
      externalId: key,
      dedupeKey: `ext:${key}`,
      authorName: f.authorName ?? "Pat Customer",
      text: f.text ?? `About the double charge ${key}`,
      receivedAt: f.receivedAt,
      sentimentLabel: f.label,
      sentimentOverridden: true,
      status: f.status ?? (respondedAt ? "RESPONDED" : "NEW"),
      respondedAt,
      responderId: respondedAt ? (f.responderId ?? null) : null,
      responseText: respondedAt ? "We are sorry; it is fixed." : null,
    },
  });
}

export async function createDatedCommitment(
  campaign: { id: string; organizationId: string },
  c: { title: string; element: "COMPETENCE" | "MOTIVE" | "MEANS" | "IMPACT"; createdAt: Date; due: Date; status: "PLANNED" | "IN_PROGRESS" | "DONE" | "MISSED" | "DROPPED"; completedAt?: Date; ownerId?: string },
) {
  return db.commitment.create({
    data: {
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      title: c.title,
      ownerId: c.ownerId ?? null,
      // As lib/commitments/schemas.ts stores a chosen day: its end, UTC.
      dueDate: endOfDay(c.due),
      trustElement: c.element,
      status: c.status,
      statusReason: c.status === "DROPPED" ? "Replaced by a better commitment." : null,
      completedAt: c.completedAt ?? null,
      createdAt: c.createdAt,
    },
  });
}

export async function createDatedEvidence(commitment: { id: string; organizationId: string }, addedById: string, createdAt: Date, retracted = false) {
  return db.evidence.create({
    data: {
      organizationId: commitment.organizationId,
      commitmentId: commitment.id,
      kind: "NOTE",
      title: "Proof",
      note: "Done and checked.",
      addedById,
      createdAt,
      retractedAt: retracted ? createdAt : null,
      retractedById: retracted ? addedById : null,
      retractReason: retracted ? "Wrong figure." : null,
    },
  });
}

export async function createDatedStory(
  campaign: { id: string; organizationId: string },
  s: { createdAt: Date; consent: "NOT_REQUESTED" | "REQUESTED" | "GRANTED" | "DENIED" | "WITHDRAWN"; publishedAt?: Date },
) {
  return db.customerStory.create({
    data: {
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      origin: "MANUAL",
      authorName: `Sam ${uid()}`,
      quote: "They refunded the double charge the same day. I'm staying.",
      consentStatus: s.consent,
      isPublished: Boolean(s.publishedAt),
      publishedAt: s.publishedAt ?? null,
      createdAt: s.createdAt,
    },
  });
}

async function tag(campaign: { id: string; organizationId: string }, label: string, itemIds: string[]) {
  const theme = await db.theme.create({ data: { organizationId: campaign.organizationId, campaignId: campaign.id, label } });
  await db.feedbackTheme.createMany({ data: itemIds.map((feedbackItemId) => ({ feedbackItemId, themeId: theme.id, organizationId: campaign.organizationId })) });
  return theme;
}

// The hand-computed campaign (see the integration test for every figure it yields).
export async function createDashboardFixture(member: Member, now: Date, opts: { title?: string } = {}) {
  const day0 = new Date(startOfDay(now).getTime() - 9 * D);
  const at = (days: number, hours: number) => new Date(day0.getTime() + days * D + hours * H);
  const campaign = await createCampaign(member, { title: opts.title, occurredAt: at(0, 9), slaMinutes: 240 });
  const fb = (receivedAt: Date, label: Label, rest: { replyAfterMinutes?: number; status?: Status; authorName?: string } = {}) =>
    createDatedFeedback(campaign, { receivedAt, label, responderId: member.userId, ...rest });

  const items = {
    f1: await fb(at(0, 10), "NEGATIVE", { replyAfterMinutes: 60 }),
    f2: await fb(at(0, 12), "NEGATIVE", { replyAfterMinutes: 300 }),
    f3: await fb(at(1, 9), "NEGATIVE", { authorName: "Ada Waiting" }),
    f4: await fb(at(2, 9), "POSITIVE", { replyAfterMinutes: 120 }),
    f5: await fb(at(4, 9), "NEUTRAL", { status: "CLOSED" }),
    f6: await fb(at(7, 10), "NEUTRAL", { replyAfterMinutes: 240 }),
    f7: await fb(at(8, 10), "POSITIVE", { replyAfterMinutes: 600 }),
    f8: await fb(new Date(now.getTime() - 6 * H), "NEGATIVE", { status: "IN_PROGRESS", authorName: "Bo Overdue" }),
    f9: await fb(new Date(now.getTime() - 2 * H), "POSITIVE"),
    f10: await fb(new Date(now.getTime() - 1 * H), "NEUTRAL", { replyAfterMinutes: 30 }),
  };

  const commit = (c: Parameters<typeof createDatedCommitment>[1]) => createDatedCommitment(campaign, { ownerId: member.userId, ...c });
  const commitments = {
    c1: await commit({ title: "Refund every duplicate charge", element: "COMPETENCE", createdAt: at(1, 10), due: at(4, 0), status: "DONE", completedAt: at(4, 15) }),
    c2: await commit({ title: "Cover every bank fee", element: "MOTIVE", createdAt: at(1, 11), due: at(6, 0), status: "DONE", completedAt: at(7, 10) }),
    c3: await commit({ title: "Publish the incident report", element: "MEANS", createdAt: at(2, 10), due: at(8, 0), status: "IN_PROGRESS" }),
    c4: await commit({ title: "Idempotency keys on every charge", element: "COMPETENCE", createdAt: at(3, 10), due: at(19, 0), status: "DONE", completedAt: at(8, 12) }),
    c5: await commit({ title: "Customer panel", element: "IMPACT", createdAt: at(3, 11), due: at(5, 0), status: "DROPPED" }),
    c6: await commit({ title: "Quarterly trust review", element: "MOTIVE", createdAt: at(4, 10), due: at(14, 0), status: "PLANNED" }),
  };
  await createDatedEvidence(commitments.c1, member.userId, at(4, 14));
  await createDatedEvidence(commitments.c2, member.userId, at(7, 9));
  await createDatedEvidence(commitments.c3, member.userId, at(3, 9), true);
  await createDatedEvidence(commitments.c4, member.userId, at(8, 11));

  const stories = {
    s1: await createDatedStory(campaign, { createdAt: at(2, 10), consent: "GRANTED", publishedAt: at(5, 10) }),
    s2: await createDatedStory(campaign, { createdAt: at(3, 10), consent: "GRANTED" }),
    s3: await createDatedStory(campaign, { createdAt: at(4, 10), consent: "REQUESTED" }),
    s4: await createDatedStory(campaign, { createdAt: at(5, 10), consent: "WITHDRAWN" }),
  };

  const themes = {
    doubleCharge: await tag(campaign, "Double charge", [items.f1.id, items.f2.id, items.f7.id]),
    refundDelay: await tag(campaign, "Refund delay", [items.f3.id, items.f8.id, items.f9.id, items.f10.id]),
    praise: await tag(campaign, "Praise", [items.f4.id]),
  };

  await db.apology.create({ data: { organizationId: campaign.organizationId, campaignId: campaign.id, channel: "email", name: "Customer email" } });

  return { campaign, items, commitments, stories, themes, day0 };
}
