import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { notifyRoles, notifyUsers } from "@/lib/notifications/notify";
import { revalidatePublicCampaign } from "@/lib/public/revalidate";
import { formatDate } from "@/lib/shared/format";
import { createCloseLoopTasks } from "@/lib/commitments/close-loop";
import { publicCommitmentEvent, statusEventTitle } from "@/lib/commitments/public-events";
import { STATUS_LABELS, statusChangeRefusal } from "@/lib/commitments/status";
import { CreateCommitmentInput, PostUpdateInput, UpdateCommitmentInput } from "@/lib/commitments/schemas";

export const commitmentLink = (slug: string, id: string) => `/campaigns/${slug}/promises/${id}`;

async function assertOwner(tx: Tx, member: Member, ownerId: string) {
  const m = await tx.membership.findFirst({ where: { organizationId: member.organizationId, userId: ownerId }, select: { id: true } });
  if (!m) throw new ValidationError("The owner must be a member of your organization.", { ownerId: ["Choose a member."] });
}

async function assertLessons(tx: Tx, member: Member, campaignId: string, lessonIds: string[]) {
  if (lessonIds.length === 0) return;
  const n = await tx.lesson.count({ where: { id: { in: lessonIds }, organizationId: member.organizationId, campaignId } });
  if (n !== lessonIds.length) throw new NotFoundError("A chosen lesson was not found in this campaign.");
}

async function setLessons(tx: Tx, member: Member, commitmentId: string, lessonIds: string[]) {
  await tx.commitmentLesson.deleteMany({ where: { commitmentId, organizationId: member.organizationId, lessonId: { notIn: lessonIds } } });
  const have = new Set((await tx.commitmentLesson.findMany({ where: { commitmentId }, select: { lessonId: true } })).map((l) => l.lessonId));
  await tx.commitmentLesson.createMany({ data: lessonIds.filter((id) => !have.has(id)).map((lessonId) => ({ commitmentId, lessonId, organizationId: member.organizationId })) });
}

export async function loadCommitment(tx: Tx, member: Member, id: string) {
  const c = await tx.commitment.findFirst({
    where: { id, organizationId: member.organizationId },
    include: { campaign: { select: { id: true, slug: true, organizationId: true } }, lessons: { select: { lessonId: true } } },
  });
  if (!c) throw new NotFoundError("Commitment not found.");
  return c;
}

async function save(tx: Tx, member: Member, id: string, version: number, data: Record<string, unknown>) {
  const { count } = await tx.commitment.updateMany({ where: { id, organizationId: member.organizationId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError("Someone else changed this commitment since you opened it. Your text is kept: reload to see theirs, then save again.");
}

export const createCommitment = defineAction({
  name: "commitment.create",
  permission: "commitment.write",
  input: CreateCommitmentInput,
  async run({ tx, member }, input) {
    const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, organizationId: member.organizationId }, select: { id: true, slug: true, organizationId: true } });
    if (!campaign) throw new NotFoundError("Campaign not found.");
    await assertOwner(tx, member, input.ownerId);
    await assertLessons(tx, member, campaign.id, input.lessonIds);
    const c = await tx.commitment.create({
      data: {
        organizationId: member.organizationId,
        campaignId: campaign.id,
        title: input.title,
        description: input.description,
        ownerId: input.ownerId,
        dueDate: input.dueDate,
        trustElement: input.trustElement,
        isPublic: input.isPublic,
      },
    });
    await setLessons(tx, member, c.id, input.lessonIds);
    await tx.commitmentUpdate.create({
      data: { organizationId: member.organizationId, commitmentId: c.id, authorId: member.userId, text: "Commitment made.", statusTo: "PLANNED", progressTo: 0 },
    });
    if (c.isPublic) await publicCommitmentEvent(tx, c, "commitment.made", `New promise: ${c.title}`, `Due ${formatDate(c.dueDate)}.`);
    if (input.ownerId !== member.userId) {
      await notifyUsers(tx, member.organizationId, [input.ownerId], {
        kind: "commitment.assigned",
        title: `You own a commitment: ${c.title}`,
        body: `${member.name} made you the owner; it is due ${formatDate(c.dueDate)}.`,
        link: commitmentLink(campaign.slug, c.id),
      });
    }
    return {
      data: { commitmentId: c.id, slug: campaign.slug },
      audit: { entityType: "Commitment", entityId: c.id, after: { ...input, campaignId: campaign.id } },
      message: "Commitment made.",
      after: c.isPublic ? () => revalidatePublicCampaign(campaign) : undefined,
    };
  },
});

export const updateCommitment = defineAction({
  name: "commitment.update",
  permission: "commitment.write",
  input: UpdateCommitmentInput,
  async run({ tx, member }, input) {
    const c = await loadCommitment(tx, member, input.commitmentId);
    if (c.version !== input.version) throw new ConflictError("Someone else changed this commitment since you opened it. Your text is kept: reload to see theirs, then save again.");
    await assertOwner(tx, member, input.ownerId);
    await assertLessons(tx, member, c.campaignId, input.lessonIds);
    const data = { title: input.title, description: input.description, ownerId: input.ownerId, dueDate: input.dueDate, trustElement: input.trustElement, isPublic: input.isPublic };
    await save(tx, member, c.id, input.version, data);
    await setLessons(tx, member, c.id, input.lessonIds);
    // Moving a date is part of the record, on the timeline for everyone to see.
    if (c.dueDate.getTime() !== input.dueDate.getTime()) {
      await tx.commitmentUpdate.create({
        data: { organizationId: member.organizationId, commitmentId: c.id, authorId: member.userId, text: `Due date moved from ${formatDate(c.dueDate)} to ${formatDate(input.dueDate)}.` },
      });
    }
    if (!c.isPublic && input.isPublic) await publicCommitmentEvent(tx, { ...c, title: input.title }, "commitment.made", `New promise: ${input.title}`, `Due ${formatDate(input.dueDate)}.`);
    else if (c.isPublic && input.isPublic && c.dueDate.getTime() !== input.dueDate.getTime()) {
      await publicCommitmentEvent(tx, { ...c, title: input.title }, "commitment.rescheduled", `New date for: ${input.title}`, `Was due ${formatDate(c.dueDate)}, now ${formatDate(input.dueDate)}.`);
    }
    if (input.ownerId !== c.ownerId && input.ownerId !== member.userId) {
      await notifyUsers(tx, member.organizationId, [input.ownerId], {
        kind: "commitment.assigned",
        title: `You own a commitment: ${input.title}`,
        body: `${member.name} made you the owner; it is due ${formatDate(input.dueDate)}.`,
        link: commitmentLink(c.campaign.slug, c.id),
      });
    }
    const before = { title: c.title, description: c.description, ownerId: c.ownerId, dueDate: c.dueDate, trustElement: c.trustElement, isPublic: c.isPublic, lessonIds: c.lessons.map((l) => l.lessonId).sort() };
    return {
      data: { commitmentId: c.id },
      audit: { entityType: "Commitment", entityId: c.id, before, after: { ...data, lessonIds: [...input.lessonIds].sort() } },
      message: "Commitment saved.",
      after: c.isPublic || input.isPublic ? () => revalidatePublicCampaign(c.campaign) : undefined,
    };
  },
});

export const postCommitmentUpdate = defineAction({
  name: "commitment.postUpdate",
  permission: "commitment.write",
  input: PostUpdateInput,
  async run({ tx, member }, input) {
    const c = await loadCommitment(tx, member, input.commitmentId);
    if (c.version !== input.version) throw new ConflictError("Someone else updated this commitment since you opened it. Your text is kept: reload to see what changed, then post again.");
    const to = input.status && input.status !== c.status ? input.status : null;
    if (to) {
      const liveEvidence = to === "DONE" ? await tx.evidence.count({ where: { commitmentId: c.id, organizationId: member.organizationId, retractedAt: null } }) : 0;
      const refusal = statusChangeRefusal({ from: c.status, to, reason: input.reason, liveEvidence });
      if (refusal) throw new ValidationError(refusal.message, { [refusal.field]: [refusal.message] });
    }
    const progress = to === "DONE" ? 100 : input.progress ?? c.progress;
    if (c.status === "DONE" && !to && progress !== c.progress) {
      throw new ValidationError("A kept commitment stays at 100%. Reopen it (status: in progress) to change its progress.", { progress: ["Reopen it first."] });
    }
    const data: Record<string, unknown> = { progress };
    if (to) {
      data.status = to;
      data.statusReason = to === "MISSED" || to === "DROPPED" ? input.reason : null;
      data.completedAt = to === "DONE" ? new Date() : null;
    }
    await save(tx, member, c.id, input.version, data);
    const text = input.text ?? (to ? (input.reason ? `${STATUS_LABELS[to]}: ${input.reason}` : `Marked ${STATUS_LABELS[to].toLowerCase()}.`) : `Progress ${progress}%.`);
    const update = await tx.commitmentUpdate.create({
      data: {
        organizationId: member.organizationId,
        commitmentId: c.id,
        authorId: member.userId,
        text,
        progressFrom: progress !== c.progress ? c.progress : null,
        progressTo: progress !== c.progress ? progress : null,
        statusFrom: to ? c.status : null,
        statusTo: to,
      },
    });
    let tasks = 0;
    if (to === "DONE") {
      tasks = await createCloseLoopTasks(tx, member.organizationId, c.id);
      if (tasks > 0) {
        await notifyRoles(tx, member.organizationId, ["COMMS", "ADMIN"], {
          kind: "loop.tasksReady",
          title: `Promise kept: tell ${tasks} customer${tasks === 1 ? "" : "s"}`,
          body: `“${c.title}” is done. The people whose feedback led to it are waiting to hear.`,
          link: `/campaigns/${c.campaign.slug}/promises/tell`,
        }, member.userId);
      }
    }
    if (to && c.isPublic) await publicCommitmentEvent(tx, c, `commitment.${to.toLowerCase()}`, statusEventTitle(c.title, to), to === "MISSED" || to === "DROPPED" ? input.reason ?? "" : input.text ?? "");
    const message = to === "DONE"
      ? tasks > 0 ? `Marked done. ${tasks} “tell them” task${tasks === 1 ? "" : "s"} created for the communications team.` : "Marked done."
      : to ? `Marked ${STATUS_LABELS[to].toLowerCase()}.` : "Update posted.";
    return {
      data: { updateId: update.id, tasks },
      audit: {
        entityType: "Commitment",
        entityId: c.id,
        before: { status: c.status, progress: c.progress },
        after: { status: to ?? c.status, progress, text, reason: input.reason ?? null, closeLoopTasks: tasks },
      },
      message,
      after: c.isPublic ? () => revalidatePublicCampaign(c.campaign) : undefined,
    };
  },
});
