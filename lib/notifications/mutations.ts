import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { idField } from "@/lib/shared/zod-fields";
import { NotFoundError } from "@/lib/errors";

export const MarkReadInput = z.object({
  // One notification, or every unread one when absent.
  notificationId: idField.optional(),
});

export const markNotificationsRead = defineAction({
  name: "notification.markRead",
  permission: "account.self",
  input: MarkReadInput,
  async run({ tx, member }, input) {
    const mine = { userId: member.userId, organizationId: member.organizationId };
    if (input.notificationId && !(await tx.notification.findFirst({ where: { ...mine, id: input.notificationId }, select: { id: true } }))) {
      throw new NotFoundError("Notification not found.");
    }
    const { count } = await tx.notification.updateMany({
      where: { userId: member.userId, organizationId: member.organizationId, readAt: null, ...(input.notificationId ? { id: input.notificationId } : {}) },
      data: { readAt: new Date() },
    });
    return {
      data: { count },
      audit: count ? { entityType: "Notification", entityId: input.notificationId ?? null, after: { markedRead: count } } : null,
      message: count ? `${count} marked as read.` : "Nothing unread.",
    };
  },
});
