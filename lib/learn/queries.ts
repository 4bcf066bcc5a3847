import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { themeFigures } from "@/lib/learn/theme-board";

const MAX_THEMES = 200;
export const THEME_ITEMS_PAGE = 50;

export async function themeBoard(member: Member, campaignId: string, now = new Date()) {
  const scope = { organizationId: member.organizationId, campaignId };
  const [themes, board] = await Promise.all([
    db.theme.findMany({
      where: scope,
      select: { id: true, label: true, description: true, keyPhrases: true, suggested: true, _count: { select: { lessons: true } } },
      orderBy: { label: "asc" },
      take: MAX_THEMES,
    }),
    themeFigures(scope, now),
  ]);
  const rows = themes
    .map((t) => ({ ...t, lessons: t._count.lessons, figures: board.figures.get(t.id) ?? board.empty() }))
    .sort((a, b) => b.figures.total - a.figures.total || a.label.localeCompare(b.label));
  return { themes: rows, negativeTotal: board.negativeTotal, weeks: board.weeks };
}

export function listThemeOptions(member: Member, campaignId: string) {
  return db.theme.findMany({ where: { organizationId: member.organizationId, campaignId }, select: { id: true, label: true, keyPhrases: true }, orderBy: { label: "asc" }, take: MAX_THEMES });
}

// A theme with its lessons and, through them, the commitments that answer it.
export function getTheme(member: Member, campaignId: string, themeId: string) {
  return db.theme.findFirst({
    where: { id: themeId, campaignId, organizationId: member.organizationId },
    include: {
      lessons: {
        select: {
          lesson: {
            select: {
              id: true,
              title: true,
              commitments: { select: { commitment: { select: { id: true, title: true, status: true, dueDate: true, trustElement: true, progress: true } } } },
            },
          },
        },
      },
      _count: { select: { items: true } },
    },
  });
}

export async function listThemeItems(member: Member, themeId: string, opts: { unreviewedOnly: boolean; page: number }) {
  const where = { themeId, organizationId: member.organizationId, ...(opts.unreviewedOnly ? { reviewed: false } : {}) };
  const [rows, total] = await Promise.all([
    db.feedbackTheme.findMany({
      where,
      select: {
        reviewed: true,
        feedbackItem: { select: { id: true, text: true, authorName: true, authorHandle: true, channel: true, receivedAt: true, sentimentLabel: true } },
      },
      orderBy: [{ feedbackItem: { receivedAt: "desc" } }, { feedbackItemId: "desc" }],
      skip: (opts.page - 1) * THEME_ITEMS_PAGE,
      take: THEME_ITEMS_PAGE,
    }),
    db.feedbackTheme.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / THEME_ITEMS_PAGE)) };
}

export function listLessons(member: Member, campaignId: string) {
  return db.lesson.findMany({
    where: { organizationId: member.organizationId, campaignId },
    select: {
      id: true,
      title: true,
      rootCause: true,
      updatedAt: true,
      themes: { select: { theme: { select: { id: true, label: true } } } },
      _count: { select: { commitments: true, feedback: true } },
    },
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
}

export function getLesson(member: Member, campaignId: string, lessonId: string) {
  return db.lesson.findFirst({
    where: { id: lessonId, campaignId, organizationId: member.organizationId },
    include: {
      createdBy: { select: { name: true } },
      themes: { select: { theme: { select: { id: true, label: true } } } },
      feedback: { select: { feedbackItem: { select: { id: true, text: true, authorName: true, authorHandle: true, channel: true, receivedAt: true } } } },
      commitments: { select: { commitment: { select: { id: true, title: true, status: true, dueDate: true, progress: true } } } },
    },
  });
}

// Who changed the lesson and what, from the audit log: every save is one event with before/after.
export function lessonHistory(member: Member, lessonId: string) {
  return db.auditEvent.findMany({
    where: { organizationId: member.organizationId, entityType: "Lesson", entityId: lessonId },
    select: { id: true, action: true, actorLabel: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
}

// Items a lesson may quote: those tagged with its themes (most recent first), plus the ones it
// already quotes.
export async function lessonCandidateItems(member: Member, campaignId: string, themeIds: string[], linkedIds: string[] = []) {
  const select = { id: true, text: true, authorName: true, authorHandle: true, channel: true, receivedAt: true } as const;
  const [tagged, linked] = await Promise.all([
    themeIds.length
      ? db.feedbackItem.findMany({
          where: { organizationId: member.organizationId, campaignId, themes: { some: { themeId: { in: themeIds } } } },
          select,
          orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
          take: 40,
        })
      : Promise.resolve([]),
    linkedIds.length ? db.feedbackItem.findMany({ where: { organizationId: member.organizationId, campaignId, id: { in: linkedIds } }, select }) : Promise.resolve([]),
  ]);
  const seen = new Set<string>();
  return [...linked, ...tagged].filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}
