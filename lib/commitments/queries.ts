import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { elementCoverage } from "@/lib/commitments/elements";
import { COMMITMENT_STATUSES, OPEN_STATUSES, type CommitmentStatusValue } from "@/lib/commitments/status";
import type { TableFilter } from "@/lib/commitments/table-filter";

export const TABLE_PAGE = 50;
const BOARD_CARDS = 25;
const open = { in: [...OPEN_STATUSES] as CommitmentStatusValue[] };

const cardSelect = {
  id: true,
  title: true,
  status: true,
  dueDate: true,
  progress: true,
  trustElement: true,
  isPublic: true,
  owner: { select: { id: true, name: true } },
  _count: { select: { evidence: { where: { retractedAt: null } } } },
} as const;

export async function commitmentTable(member: Member, campaignId: string, filter: TableFilter, now = new Date()) {
  const where = {
    organizationId: member.organizationId,
    campaignId,
    ...(filter.owner ? { ownerId: filter.owner === "none" ? null : filter.owner === "me" ? member.userId : filter.owner } : {}),
    ...(filter.element ? { trustElement: filter.element } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.due === "overdue" ? { status: open, dueDate: { lt: now } } : {}),
    ...(filter.due === "soon" ? { status: open, dueDate: { gte: now, lte: new Date(now.getTime() + 7 * 86_400_000) } } : {}),
  };
  const dir = filter.dir;
  const orderBy = {
    due: [{ dueDate: dir }],
    title: [{ title: dir }],
    owner: [{ owner: { name: dir } }],
    element: [{ trustElement: dir }],
    status: [{ status: dir }],
    progress: [{ progress: dir }],
  }[filter.sort];
  const [rows, total] = await Promise.all([
    db.commitment.findMany({ where, select: cardSelect, orderBy: [...orderBy, { id: "asc" }] as never, skip: (filter.page - 1) * TABLE_PAGE, take: TABLE_PAGE }),
    db.commitment.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / TABLE_PAGE)) };
}

// The board: each status's count and its first cards (soonest due first).
export async function commitmentBoard(member: Member, campaignId: string) {
  const scope = { organizationId: member.organizationId, campaignId };
  const [counts, ...columns] = await Promise.all([
    db.commitment.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    ...COMMITMENT_STATUSES.map((status) =>
      db.commitment.findMany({ where: { ...scope, status }, select: cardSelect, orderBy: [{ dueDate: "asc" }, { id: "asc" }], take: BOARD_CARDS }),
    ),
  ]);
  return COMMITMENT_STATUSES.map((status, i) => ({ status, count: counts.find((c) => c.status === status)?._count._all ?? 0, cards: columns[i] }));
}

export async function campaignCoverage(member: Member, campaignId: string) {
  const rows = await db.commitment.groupBy({ by: ["trustElement", "status"], where: { organizationId: member.organizationId, campaignId }, _count: { _all: true } });
  return elementCoverage(rows.flatMap((r) => Array.from({ length: r._count._all }, () => ({ trustElement: r.trustElement, status: r.status }))));
}

export function getCommitment(member: Member, campaignId: string, id: string) {
  return db.commitment.findFirst({
    where: { id, campaignId, organizationId: member.organizationId },
    include: {
      owner: { select: { id: true, name: true } },
      lessons: {
        select: {
          lesson: { select: { id: true, title: true, rootCause: true, whatChanges: true, themes: { select: { theme: { select: { id: true, label: true } } } } } },
        },
      },
      evidence: {
        include: { addedBy: { select: { name: true } }, retractedBy: { select: { name: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 200,
      },
      updates: {
        include: { author: { select: { name: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 100,
      },
    },
  });
}

// The customers behind a commitment: quoted by its lessons first, then tagged with their themes.
export async function customerVoices(member: Member, commitmentId: string, take = 8) {
  const lessons = await db.commitmentLesson.findMany({ where: { commitmentId, organizationId: member.organizationId }, select: { lessonId: true } });
  const lessonIds = lessons.map((l) => l.lessonId);
  if (lessonIds.length === 0) return { voices: [], total: 0 };
  const themeIds = (await db.lessonTheme.findMany({ where: { lessonId: { in: lessonIds }, organizationId: member.organizationId }, select: { themeId: true } })).map((t) => t.themeId);
  const behind = {
    organizationId: member.organizationId,
    OR: [{ lessons: { some: { lessonId: { in: lessonIds } } } }, ...(themeIds.length ? [{ themes: { some: { themeId: { in: themeIds } } } }] : [])],
  };
  const select = { id: true, text: true, authorName: true, authorHandle: true, channel: true, receivedAt: true, campaign: { select: { slug: true } } } as const;
  const [quoted, recent, total] = await Promise.all([
    db.feedbackItem.findMany({ where: { organizationId: member.organizationId, lessons: { some: { lessonId: { in: lessonIds } } } }, select, orderBy: { receivedAt: "desc" }, take }),
    db.feedbackItem.findMany({ where: behind, select, orderBy: [{ receivedAt: "desc" }, { id: "desc" }], take }),
    db.feedbackItem.count({ where: behind }),
  ]);
  const seen = new Set<string>();
  const voices = [...quoted, ...recent].filter((v) => (seen.has(v.id) ? false : (seen.add(v.id), true))).slice(0, take);
  return { voices, total };
}

export function listLessonOptions(member: Member, campaignId: string) {
  return db.lesson.findMany({ where: { organizationId: member.organizationId, campaignId }, select: { id: true, title: true }, orderBy: { createdAt: "asc" }, take: 200 });
}

export const TASK_PAGE = 30;

export async function listLoopTasks(member: Member, campaignId: string, opts: { status: "OPEN" | "TOLD"; page: number }) {
  const where = { organizationId: member.organizationId, status: opts.status, commitment: { campaignId } };
  const [tasks, total] = await Promise.all([
    db.closeLoopTask.findMany({
      where,
      include: {
        feedbackItem: { select: { id: true, text: true, authorName: true, authorHandle: true, channel: true, url: true, receivedAt: true } },
        commitment: { select: { id: true, title: true, completedAt: true } },
        toldBy: { select: { name: true } },
      },
      orderBy: opts.status === "OPEN" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ toldAt: "desc" }, { id: "desc" }],
      skip: (opts.page - 1) * TASK_PAGE,
      take: TASK_PAGE,
    }),
    db.closeLoopTask.count({ where }),
  ]);
  const commitmentIds = [...new Set(tasks.map((t) => t.commitmentId))];
  const evidence = commitmentIds.length
    ? await db.evidence.findMany({
        where: { organizationId: member.organizationId, commitmentId: { in: commitmentIds }, retractedAt: null, isPublic: true },
        select: { commitmentId: true, kind: true, title: true, url: true, metricName: true, metricValue: true, metricUnit: true, metricBaseline: true, metricTarget: true, metricAsOf: true, note: true },
        orderBy: { createdAt: "desc" },
      })
    : [];
  return { tasks, total, pages: Math.max(1, Math.ceil(total / TASK_PAGE)), evidence };
}

export function openLoopTaskCount(member: Member, campaignId: string) {
  return db.closeLoopTask.count({ where: { organizationId: member.organizationId, status: "OPEN", commitment: { campaignId } } });
}

export async function loopTaskCounts(member: Member, commitmentId: string) {
  const rows = await db.closeLoopTask.groupBy({ by: ["status"], where: { organizationId: member.organizationId, commitmentId }, _count: { _all: true } });
  return { open: rows.find((r) => r.status === "OPEN")?._count._all ?? 0, told: rows.find((r) => r.status === "TOLD")?._count._all ?? 0 };
}
