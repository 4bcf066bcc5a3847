// Two customers who stayed, with recorded consent, published on the wall.
import { db } from "@/lib/db";

const WORDING = "I agree that Demo Co may show my words, name and title on its website.";

export async function seedStories(campaign: { id: string; organizationId: string }, now: number) {
  const stories = [
    { authorName: "Chloe D.", authorTitle: "Customer since 2019", quote: "Refund came in 24 hours and the support agent actually apologised properly. I'm staying." },
    { authorName: "Daniel K.", authorTitle: "Small business owner", quote: "They refunded the double charge and the bank fee without me asking. Impressed by how they handled it.", incentivized: true },
  ];
  for (const [i, s] of stories.entries()) {
    const story = await db.customerStory.create({
      data: {
        organizationId: campaign.organizationId,
        campaignId: campaign.id,
        origin: "REQUEST_LINK",
        authorName: s.authorName,
        authorTitle: s.authorTitle,
        quote: s.quote,
        channel: "REVIEW",
        consentStatus: "GRANTED",
        isPublished: true,
        publishedAt: new Date(now - (i + 1) * 86_400_000),
        featuredOrder: i + 1,
        incentivized: s.incentivized ?? false,
      },
    });
    await db.consentRecord.create({ data: { organizationId: campaign.organizationId, storyId: story.id, status: "GRANTED", method: "REQUEST_LINK", wording: WORDING } });
  }
}
