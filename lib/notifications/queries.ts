import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";

const PAGE = 30;

export function unreadNotificationCount(member: Member) {
  return db.notification.count({ where: { userId: member.userId, organizationId: member.organizationId, readAt: null } });
}

export async function listNotifications(member: Member, cursor?: string | null) {
  const rows = await db.notification.findMany({
    where: { userId: member.userId, organizationId: member.organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  return { notifications: rows.slice(0, PAGE), nextCursor: rows.length > PAGE ? rows[PAGE - 1].id : null };
}
