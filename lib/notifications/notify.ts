import "server-only";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";

type Notice = { kind: string; title: string; body?: string; link?: string };

// In-app notifications, written in the same transaction as the change they announce.
export async function notifyRoles(tx: Tx, organizationId: string, roles: Role[], notice: Notice, exceptUserId?: string) {
  const members = await tx.membership.findMany({
    where: { organizationId, role: { in: roles }, ...(exceptUserId ? { userId: { not: exceptUserId } } : {}) },
    select: { userId: true },
  });
  await notifyUsers(tx, organizationId, members.map((m) => m.userId), notice);
}

export async function notifyUsers(tx: Tx, organizationId: string, userIds: string[], notice: Notice) {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({
    data: unique.map((userId) => ({ organizationId, userId, kind: notice.kind, title: notice.title, body: notice.body ?? "", link: notice.link ?? null })),
  });
}
