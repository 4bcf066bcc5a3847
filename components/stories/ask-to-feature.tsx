import Link from "next/link";
import { headers } from "next/headers";
import type { Member } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { CONSENT_LABELS } from "@/lib/stories/consent";
import { defaultConsentWording } from "@/lib/stories/fields";
import { getStoryForFeedbackItem } from "@/lib/stories/queries";
import { Card } from "@/components/ui/card";
import { AskToFeatureForm } from "@/components/stories/ask-to-feature-form";

// On a feedback item: turn positive feedback into a story, with a personal consent link.
export async function AskToFeature({ member, campaignSlug, item }: { member: Member; campaignSlug: string; item: { id: string; sentimentLabel: string } }) {
  if (!can(member.role, "story.manage")) return null;
  const story = await getStoryForFeedbackItem(member, item.id);
  if (!story && item.sentimentLabel !== "POSITIVE") return null;
  const storiesHref = `/campaigns/${campaignSlug}/stories`;
  if (story) {
    return (
      <Card>
        <h2 className="font-semibold">Featured story</h2>
        <p className="mt-1 text-sm">
          {CONSENT_LABELS[story.consentStatus]}{story.isPublished ? ", on the wall" : ""}. <Link className="underline" href={storiesHref}>Open the stories</Link>
        </p>
      </Card>
    );
  }
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  return (
    <Card>
      <h2 className="font-semibold">Ask to feature</h2>
      <p className="mb-3 mt-1 text-sm text-muted">Positive words from a customer who stayed? Ask them whether you may show them on your story wall.</p>
      <AskToFeatureForm feedbackItemId={item.id} origin={origin} defaultWording={defaultConsentWording(member.organizationName)} storiesHref={storiesHref} />
    </Card>
  );
}
