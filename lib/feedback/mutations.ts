import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { canChangeFeedbackStatus, FEEDBACK_STATUS_LABELS } from "@/lib/feedback/status";
import { BulkUpdateInput, DeleteSavedReplyInput, OverrideSentimentInput, ReplyInput, SavedReplyInput, UpdateFeedbackInput } from "@/lib/feedback/schemas";

async function loadItem(tx: Tx, member: Member, id: string) {
  const item = await tx.feedbackItem.findFirst({ where: { id, organizationId: member.organizationId } });
  if (!item) throw new NotFoundError("Feedback item not found.");
  return item;
}

async function assertAssignable(tx: Tx, member: Member, userId: string) {
  const m = await tx.membership.findFirst({ where: { organizationId: member.organizationId, userId }, select: { id: true } });
  if (!m) throw new ValidationError("Assign to a member of your organization.", { assigneeId: ["Not a member."] });
}

// Optimistic lock on the item's version: two people triaging at once never overwrite each other.
async function save(tx: Tx, id: string, version: number, data: Record<string, unknown>) {
  const { count } = await tx.feedbackItem.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError("Someone else changed this item a moment ago. Reload to see it; your text is kept.");
}

export const replyToFeedback = defineAction({
  name: "feedback.reply",
  permission: "feedback.reply",
  input: ReplyInput,
  async run({ tx, member }, input) {
    const item = await loadItem(tx, member, input.itemId);
    if (item.status === "CLOSED") throw new ValidationError("This item is closed. Reopen it before replying.");
    const now = new Date();
    // The first reply stops the SLA clock; later replies update the text but keep that time.
    await save(tx, item.id, input.version, {
      responseText: input.text,
      respondedAt: item.respondedAt ?? now,
      responderId: item.responderId ?? member.userId,
      status: "RESPONDED",
    });
    return {
      data: { itemId: item.id, campaignId: item.campaignId },
      audit: { entityType: "FeedbackItem", entityId: item.id, before: { status: item.status, respondedAt: item.respondedAt }, after: { status: "RESPONDED", respondedAt: item.respondedAt ?? now, reply: input.text } },
      message: "Reply recorded.",
    };
  },
});

export const updateFeedback = defineAction({
  name: "feedback.update",
  permission: "feedback.triage",
  input: UpdateFeedbackInput,
  async run({ tx, member }, input) {
    const item = await loadItem(tx, member, input.itemId);
    const data: Record<string, unknown> = {};
    if (input.status && input.status !== item.status) {
      if (!canChangeFeedbackStatus(item.status, input.status)) {
        throw new ValidationError(`An item cannot go from ${FEEDBACK_STATUS_LABELS[item.status]} to ${FEEDBACK_STATUS_LABELS[input.status]}.`, { status: ["Not an allowed change."] });
      }
      if (input.status === "RESPONDED" && !item.respondedAt) throw new ValidationError("Send a reply to mark it responded.", { status: ["Reply first."] });
      data.status = input.status;
    }
    if (input.assigneeId !== undefined) {
      if (input.assigneeId) await assertAssignable(tx, member, input.assigneeId);
      data.assigneeId = input.assigneeId || null;
      if (input.assigneeId && item.status === "NEW" && !data.status) data.status = "IN_PROGRESS";
    }
    if (input.isSuggestion !== undefined) data.isSuggestion = input.isSuggestion;
    if (input.internalNote !== undefined) data.internalNote = input.internalNote;
    if (Object.keys(data).length === 0) return { data: { itemId: item.id }, audit: null, message: "Nothing to change." };
    await save(tx, item.id, input.version, data);
    const before = Object.fromEntries(Object.keys(data).map((k) => [k, (item as Record<string, unknown>)[k]]));
    return { data: { itemId: item.id }, audit: { entityType: "FeedbackItem", entityId: item.id, before, after: data }, message: "Saved." };
  },
});

export const overrideSentiment = defineAction({
  name: "feedback.overrideSentiment",
  permission: "feedback.triage",
  input: OverrideSentimentInput,
  async run({ tx, member }, input) {
    const item = await loadItem(tx, member, input.itemId);
    await save(tx, item.id, input.version, { sentimentLabel: input.label, sentimentOverridden: true });
    return {
      data: { itemId: item.id },
      audit: { entityType: "FeedbackItem", entityId: item.id, before: { sentimentLabel: item.sentimentLabel, sentimentScore: item.sentimentScore }, after: { sentimentLabel: input.label, overridden: true } },
      message: "Sentiment set by hand; it stays as you set it.",
    };
  },
});

export const bulkUpdateFeedback = defineAction({
  name: "feedback.bulkUpdate",
  permission: "feedback.triage",
  input: BulkUpdateInput,
  async run({ tx, member }, input) {
    const items = await tx.feedbackItem.findMany({ where: { id: { in: input.ids }, organizationId: member.organizationId } });
    if (items.length !== new Set(input.ids).size) throw new NotFoundError("Some selected items were not found.");
    if (input.assigneeId) await assertAssignable(tx, member, input.assigneeId);
    if (input.themeId) {
      const theme = await tx.theme.findFirst({ where: { id: input.themeId, organizationId: member.organizationId } });
      if (!theme || items.some((i) => i.campaignId !== theme.campaignId)) throw new NotFoundError("Theme not found in this campaign.");
    }
    if (input.status) {
      const bad = items.filter((i) => !canChangeFeedbackStatus(i.status, input.status!) || (input.status === "RESPONDED" && !i.respondedAt));
      if (bad.length) throw new ValidationError(`${bad.length} of the selected items cannot be set to ${FEEDBACK_STATUS_LABELS[input.status]}. Nothing was changed.`);
    }
    const ids = items.map((i) => i.id);
    if (input.status || input.assigneeId) {
      await tx.feedbackItem.updateMany({
        where: { id: { in: ids }, organizationId: member.organizationId },
        data: { ...(input.status ? { status: input.status } : {}), ...(input.assigneeId ? { assigneeId: input.assigneeId } : {}), version: { increment: 1 } },
      });
    }
    if (input.themeId) {
      const tagged = await tx.feedbackTheme.findMany({ where: { themeId: input.themeId, feedbackItemId: { in: ids } }, select: { feedbackItemId: true } });
      const have = new Set(tagged.map((t) => t.feedbackItemId));
      await tx.feedbackTheme.createMany({
        data: ids.filter((id) => !have.has(id)).map((feedbackItemId) => ({ feedbackItemId, themeId: input.themeId!, organizationId: member.organizationId })),
      });
    }
    return {
      data: { count: ids.length },
      audit: { entityType: "FeedbackItem", entityId: null, after: { ids, status: input.status, assigneeId: input.assigneeId, themeId: input.themeId } },
      message: `${ids.length} item${ids.length === 1 ? "" : "s"} updated.`,
    };
  },
});

export const createSavedReply = defineAction({
  name: "savedReply.create",
  permission: "savedReply.manage",
  input: SavedReplyInput,
  async run({ tx, member }, input) {
    const reply = await tx.savedReply.create({ data: { organizationId: member.organizationId, title: input.title, body: input.body } });
    return { data: { id: reply.id }, audit: { entityType: "SavedReply", entityId: reply.id, after: input }, message: "Saved reply added." };
  },
});

export const deleteSavedReply = defineAction({
  name: "savedReply.delete",
  permission: "savedReply.manage",
  input: DeleteSavedReplyInput,
  async run({ tx, member }, input) {
    const reply = await tx.savedReply.findFirst({ where: { id: input.id, organizationId: member.organizationId } });
    if (!reply) throw new NotFoundError("Saved reply not found.");
    await tx.savedReply.delete({ where: { id: reply.id } });
    return { data: null, audit: { entityType: "SavedReply", entityId: reply.id, before: { title: reply.title, body: reply.body } }, message: "Saved reply removed." };
  },
});
