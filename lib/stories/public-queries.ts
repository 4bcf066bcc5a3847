import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";
import { storedFramingOrigins } from "@/lib/stories/framing-origins";
import { linkProblem } from "@/lib/stories/link-status";
import type { PublicStory } from "@/lib/stories/public-story";
import { isSlug } from "@/lib/shared/slug";

export type { PublicStory } from "@/lib/stories/public-story";

export const WALL_MAX = 100;

// The public fields of a story, named one by one: a new private column can never leak by default.
const PUBLIC_STORY_SELECT = {
  id: true,
  authorName: true,
  authorTitle: true,
  quote: true,
  excerpt: true,
  sourceUrl: true,
  channel: true,
  rating: true,
  incentivized: true,
  publishedAt: true,
} as const;

// Only stories that are published AND whose author's consent stands. The caller decides whether
// the campaign itself is public (the public page and the embed check it).
export async function listPublishedStories(opts: { organizationId: string; campaignId: string; tag?: string | null; limit?: number }): Promise<PublicStory[]> {
  const tag = opts.tag?.trim().toLowerCase();
  const rows = await db.customerStory.findMany({
    where: {
      organizationId: opts.organizationId,
      campaignId: opts.campaignId,
      isPublished: true,
      consentStatus: "GRANTED",
    },
    orderBy: [{ featuredOrder: { sort: "asc", nulls: "last" } }, { publishedAt: "desc" }, { id: "asc" }],
    // Tags are stored comma-joined; filtered here so the match is exact on every database.
    take: tag ? undefined : Math.min(opts.limit ?? WALL_MAX, WALL_MAX),
    select: { ...PUBLIC_STORY_SELECT, tags: true },
  });
  const matching = tag ? rows.filter((r) => r.tags.split(",").includes(tag)) : rows;
  return matching.slice(0, Math.min(opts.limit ?? WALL_MAX, WALL_MAX)).map(({ tags: _tags, ...story }) => story);
}

// A campaign whose public page is on, by slugs, with what the embed needs.
export async function findPublicCampaign(orgSlug: string, campaignSlug: string) {
  if (!isSlug(orgSlug) || !isSlug(campaignSlug)) return null;
  return db.campaign.findFirst({
    where: { slug: campaignSlug, publicPage: true, organization: { slug: orgSlug } },
    select: { id: true, organizationId: true, slug: true, title: true, organization: { select: { name: true, slug: true, framingOrigins: true } } },
  });
}

export async function framingOriginsForSlug(orgSlug: string): Promise<string[]> {
  if (!isSlug(orgSlug)) return [];
  const org = await db.organization.findUnique({ where: { slug: orgSlug }, select: { framingOrigins: true } });
  return org ? storedFramingOrigins(org.framingOrigins) : [];
}

// What a story-request page shows for a token, or why it cannot be used.
export async function describeRequestLink(token: string) {
  const link = await db.storyRequestLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      singleUse: true, expiresAt: true, usedAt: true, revokedAt: true, consentWording: true, storyId: true,
      organization: { select: { name: true } },
      campaign: { select: { title: true } },
      story: { select: { quote: true, authorName: true, authorTitle: true, consentStatus: true } },
    },
  });
  const problem = linkProblem(link);
  if (problem || !link) return { problem: problem ?? "This link is not valid." } as const;
  if (link.storyId && !link.story) return { problem: "This story is no longer available." } as const;
  return {
    problem: null,
    organizationName: link.organization.name,
    campaignTitle: link.campaign.title,
    consentWording: link.consentWording,
    // A personal link shows the customer's own words back to them, and nothing else of the story.
    story: link.story ? { quote: link.story.quote, authorName: link.story.authorName, authorTitle: link.story.authorTitle } : null,
  } as const;
}

export async function describeWithdrawal(token: string) {
  const story = await db.customerStory.findUnique({
    where: { withdrawTokenHash: hashToken(token) },
    select: { quote: true, consentStatus: true, isPublished: true, organization: { select: { name: true } } },
  });
  if (!story) return null;
  return { quote: story.quote, withdrawn: story.consentStatus === "WITHDRAWN", organizationName: story.organization.name };
}
