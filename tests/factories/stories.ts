// Customer stories and story-request links for tests and the demo, written directly (the consent
// transitions themselves are tested through the actions).
import { db } from "@/lib/db";
import { hashToken, newToken } from "@/lib/auth/tokens";
import type { ConsentStatusValue } from "@/lib/stories/consent";
import { defaultConsentWording } from "@/lib/stories/fields";
import { uid } from "@/tests/factories";

export const HAPPY_QUOTE = "They called me the same day, refunded the double charge and explained what went wrong. I'm staying.";

export type StoryOverrides = Partial<{
  authorName: string;
  authorTitle: string;
  quote: string;
  excerpt: string | null;
  sourceUrl: string | null;
  channel: string;
  rating: number | null;
  tags: string;
  featuredOrder: number | null;
  incentivized: boolean;
  consentStatus: ConsentStatusValue;
  isPublished: boolean;
  origin: "FEEDBACK" | "REQUEST_LINK" | "MANUAL";
  withdrawToken: string;
}>;

export async function createStory(campaign: { id: string; organizationId: string }, o: StoryOverrides = {}) {
  const published = o.isPublished ?? false;
  return db.customerStory.create({
    data: {
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      origin: o.origin ?? "MANUAL",
      authorName: o.authorName ?? `Sam ${uid()}`,
      authorTitle: o.authorTitle ?? "Customer since 2019",
      quote: o.quote ?? `${HAPPY_QUOTE} ${uid()}`,
      excerpt: o.excerpt ?? null,
      sourceUrl: o.sourceUrl ?? null,
      channel: o.channel ?? "Review",
      rating: o.rating ?? null,
      tags: o.tags ?? "",
      featuredOrder: o.featuredOrder ?? null,
      incentivized: o.incentivized ?? false,
      consentStatus: o.consentStatus ?? "NOT_REQUESTED",
      isPublished: published,
      publishedAt: published ? new Date() : null,
      withdrawTokenHash: o.withdrawToken ? hashToken(o.withdrawToken) : null,
    },
  });
}

export async function createRequestLink(
  campaign: { id: string; organizationId: string },
  createdById: string,
  o: Partial<{ singleUse: boolean; expiresAt: Date | null; usedAt: Date | null; revokedAt: Date | null; storyId: string | null; label: string; consentWording: string }> = {},
) {
  const token = newToken();
  const link = await db.storyRequestLink.create({
    data: {
      organizationId: campaign.organizationId,
      campaignId: campaign.id,
      tokenHash: hashToken(token),
      label: o.label ?? "",
      consentWording: o.consentWording ?? defaultConsentWording("Test Co"),
      storyId: o.storyId ?? null,
      singleUse: o.singleUse ?? false,
      expiresAt: o.expiresAt ?? null,
      usedAt: o.usedAt ?? null,
      revokedAt: o.revokedAt ?? null,
      createdById,
    },
  });
  return { link, token };
}
