// Access-matrix cases for the stories step and the embedding settings.
import { createFeedback } from "@/tests/factories/feedback";
import { createStory } from "@/tests/factories/stories";
import { createRequestLink } from "@/tests/factories/stories";
import { db } from "@/lib/db";
import { defaultConsentWording } from "@/lib/stories/fields";
import type { Case, Fixture } from "@/tests/support/access-cases/types";

const campaignOf = (f: Fixture) => ({ id: f.campaign.id, organizationId: f.organizationId });
const wording = defaultConsentWording("Fixture Co");

export const STORY_CASES: Record<string, Case> = {
  "story.create": { crossOrg: true, input: async (f) => ({ campaignId: f.campaign.id, quote: "The team fixed it in a day and called me back.", authorName: "Ana" }) },
  "story.featureFeedback": {
    crossOrg: true,
    input: async (f) => {
      const [item] = await createFeedback(campaignOf(f), [{ text: "Thank you, the refund arrived quickly and support was kind." }]);
      await db.feedbackItem.update({ where: { id: item.id }, data: { sentimentLabel: "POSITIVE" } });
      return { feedbackItemId: item.id, consentWording: wording };
    },
  },
  "story.update": {
    crossOrg: true,
    input: async (f) => {
      const s = await createStory(campaignOf(f));
      return { storyId: s.id, version: s.version, authorName: "Ana B.", excerpt: s.quote.slice(0, 20).trim(), featuredOrder: "1" };
    },
  },
  "story.publish": { crossOrg: true, input: async (f) => { const s = await createStory(campaignOf(f), { consentStatus: "GRANTED" }); return { storyId: s.id, version: s.version }; } },
  "story.unpublish": { crossOrg: true, input: async (f) => ({ storyId: (await createStory(campaignOf(f), { consentStatus: "GRANTED", isPublished: true })).id }) },
  "story.requestConsent": {
    crossOrg: true,
    input: async (f) => { const s = await createStory(campaignOf(f)); return { storyId: s.id, version: s.version, consentWording: wording }; },
  },
  "story.recordConsent": {
    crossOrg: true,
    input: async (f) => {
      const s = await createStory(campaignOf(f), { consentStatus: "REQUESTED" });
      return { storyId: s.id, version: s.version, decision: "grant", method: "Reply to our email of 3 March", wording };
    },
  },
  "story.withdraw": { crossOrg: true, input: async (f) => ({ storyId: (await createStory(campaignOf(f), { consentStatus: "GRANTED", isPublished: true })).id, reason: "Asked by phone" }) },
  "storyLink.create": { crossOrg: true, input: async (f) => ({ campaignId: f.campaign.id, consentWording: wording, label: "Newsletter", singleUse: "on", expiresInDays: "14" }) },
  "storyLink.revoke": { crossOrg: true, input: async (f) => ({ linkId: (await createRequestLink(campaignOf(f), f.admin.userId)).link.id }) },
  "organization.updateFramingOrigins": {
    crossOrg: false,
    input: async (f) => {
      const org = await db.organization.findUniqueOrThrow({ where: { id: f.organizationId } });
      return { version: org.version, origins: "https://www.example.com\nhttps://shop.example.com" };
    },
  },
};
