import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import type { ConsentStatusValue } from "@/lib/stories/consent";
import { storedFramingOrigins } from "@/lib/stories/framing-origins";

export const STORIES_PAGE_SIZE = 20;
export const LINKS_PAGE_SIZE = 20;

export type StoryFilter = "all" | "publishable" | "published" | "requested" | "notRequested" | "closed";

const FILTER_WHERE: Record<StoryFilter, object> = {
  all: {},
  publishable: { consentStatus: "GRANTED", isPublished: false },
  published: { isPublished: true },
  requested: { consentStatus: "REQUESTED" },
  notRequested: { consentStatus: "NOT_REQUESTED" },
  closed: { consentStatus: { in: ["DENIED", "WITHDRAWN"] } },
};

export function isStoryFilter(v: unknown): v is StoryFilter {
  return typeof v === "string" && v in FILTER_WHERE;
}

// The team's list, newest first, keyset-paginated on (createdAt, id).
export async function listStories(member: Member, campaignId: string, opts: { filter?: StoryFilter; cursor?: string | null } = {}) {
  const scope = { organizationId: member.organizationId, campaignId };
  const cursorRow = opts.cursor
    ? await db.customerStory.findFirst({ where: { ...scope, id: opts.cursor }, select: { id: true, createdAt: true } })
    : null;
  const rows = await db.customerStory.findMany({
    where: {
      ...scope,
      ...FILTER_WHERE[opts.filter ?? "all"],
      ...(cursorRow ? { OR: [{ createdAt: { lt: cursorRow.createdAt } }, { createdAt: cursorRow.createdAt, id: { lt: cursorRow.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: STORIES_PAGE_SIZE + 1,
    include: {
      consentRecords: {
        orderBy: { createdAt: "desc" },
        take: 5,
        select: { id: true, status: true, method: true, wording: true, createdAt: true, actor: { select: { name: true } } },
      },
      requestLinks: {
        where: { revokedAt: null },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, expiresAt: true, usedAt: true, revokedAt: true, singleUse: true, createdAt: true },
      },
    },
  });
  const page = rows.slice(0, STORIES_PAGE_SIZE);
  return { stories: page, nextCursor: rows.length > STORIES_PAGE_SIZE ? page[page.length - 1].id : null };
}

export type StoryRow = Awaited<ReturnType<typeof listStories>>["stories"][number];

export async function storyCounts(member: Member, campaignId: string) {
  const scope = { organizationId: member.organizationId, campaignId };
  const [byStatus, published] = await Promise.all([
    db.customerStory.groupBy({ by: ["consentStatus"], where: scope, _count: { _all: true } }),
    db.customerStory.count({ where: { ...scope, isPublished: true } }),
  ]);
  const counts: Record<ConsentStatusValue, number> = { NOT_REQUESTED: 0, REQUESTED: 0, GRANTED: 0, DENIED: 0, WITHDRAWN: 0 };
  for (const r of byStatus) counts[r.consentStatus] = r._count._all;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { ...counts, published, total };
}

// The campaign's open story-request links (personal consent links are shown with their story).
export async function listRequestLinks(member: Member, campaignId: string, cursor?: string | null) {
  const scope = { organizationId: member.organizationId, campaignId, storyId: null, feedbackItemId: null };
  const cursorRow = cursor ? await db.storyRequestLink.findFirst({ where: { ...scope, id: cursor }, select: { id: true, createdAt: true } }) : null;
  const rows = await db.storyRequestLink.findMany({
    where: {
      ...scope,
      ...(cursorRow ? { OR: [{ createdAt: { lt: cursorRow.createdAt } }, { createdAt: cursorRow.createdAt, id: { lt: cursorRow.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LINKS_PAGE_SIZE + 1,
    select: {
      id: true, label: true, singleUse: true, expiresAt: true, usedAt: true, revokedAt: true, createdAt: true, consentWording: true,
      createdBy: { select: { name: true } },
    },
  });
  const page = rows.slice(0, LINKS_PAGE_SIZE);
  const received = page.length
    ? await db.consentRecord.groupBy({
        by: ["method"],
        where: { organizationId: member.organizationId, method: { in: page.map((l) => `request-link:${l.id}`) } },
        _count: { _all: true },
      })
    : [];
  const counts = new Map(received.map((r) => [r.method, r._count._all]));
  return {
    links: page.map((l) => ({ ...l, stories: counts.get(`request-link:${l.id}`) ?? 0 })),
    nextCursor: rows.length > LINKS_PAGE_SIZE ? page[page.length - 1].id : null,
  };
}

export async function getStoryForFeedbackItem(member: Member, feedbackItemId: string) {
  return db.customerStory.findFirst({
    where: { organizationId: member.organizationId, feedbackItemId },
    select: { id: true, consentStatus: true, isPublished: true },
  });
}

export async function getEmbeddingSettings(member: Member) {
  const org = await db.organization.findUniqueOrThrow({ where: { id: member.organizationId }, select: { framingOrigins: true, version: true } });
  return { origins: storedFramingOrigins(org.framingOrigins), version: org.version };
}
