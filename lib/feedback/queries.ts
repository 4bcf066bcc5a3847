import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";

export async function getFeedbackItem(member: Member, campaignId: string, id: string) {
  return db.feedbackItem.findFirst({
    where: { id, campaignId, organizationId: member.organizationId },
    include: {
      assignee: { select: { id: true, name: true } },
      responder: { select: { id: true, name: true } },
      themes: { select: { theme: { select: { id: true, label: true } } } },
    },
  });
}

export async function listSavedReplies(member: Member) {
  return db.savedReply.findMany({ where: { organizationId: member.organizationId }, orderBy: { title: "asc" }, take: 200 });
}

export async function listAssignableMembers(member: Member) {
  const rows = await db.membership.findMany({
    where: { organizationId: member.organizationId },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
    take: 500,
  });
  return rows.map((r) => r.user);
}

export async function listCampaignThemes(member: Member, campaignId: string) {
  return db.theme.findMany({ where: { organizationId: member.organizationId, campaignId }, select: { id: true, label: true }, orderBy: { label: "asc" }, take: 500 });
}
