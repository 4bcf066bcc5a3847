import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { MarkToldInput } from "@/lib/commitments/loop-schemas";

// "Tell them": the communications team tells a customer their complaint led to a kept promise.
export const markLoopTaskTold = defineAction({
  name: "loop.markTold",
  permission: "loop.tell",
  input: MarkToldInput,
  async run({ tx, member }, input) {
    const task = await tx.closeLoopTask.findFirst({
      where: { id: input.taskId, organizationId: member.organizationId },
      select: { id: true, status: true, feedbackItemId: true, commitmentId: true },
    });
    if (!task) throw new NotFoundError("Task not found.");
    const now = new Date();
    const { count } = await tx.closeLoopTask.updateMany({
      where: { id: task.id, organizationId: member.organizationId, status: "OPEN" },
      data: { status: "TOLD", toldAt: now, toldById: member.userId },
    });
    if (count === 0) throw new ConflictError("Someone already marked this customer as told. Reload to see the list.");
    return {
      data: { taskId: task.id },
      audit: {
        entityType: "CloseLoopTask",
        entityId: task.id,
        before: { status: task.status },
        after: { status: "TOLD", toldAt: now, feedbackItemId: task.feedbackItemId, commitmentId: task.commitmentId, message: input.message ?? null },
      },
      message: "Marked as told.",
    };
  },
});
