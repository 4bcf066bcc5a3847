import type { Metadata } from "next";
import { headers } from "next/headers";
import { Card } from "@/components/ui/card";
import { describeRequestLink } from "@/lib/stories/public-queries";
import { StorySubmitForm } from "@/components/stories/story-submit-form";
import { ConsentDecisionForm } from "@/components/stories/consent-decision-form";

// The token is a secret: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Share your story", referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function StoryRequestPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, h] = await Promise.all([describeRequestLink(token), headers()]);
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  if (link.problem !== null) {
    return (
      <Card>
        <h1 className="text-2xl font-semibold">This link cannot be used</h1>
        <p className="mt-2 text-sm" role="alert">{link.problem}</p>
      </Card>
    );
  }
  if (link.story) {
    return (
      <Card>
        <h1 className="text-2xl font-semibold">May {link.organizationName} share your words?</h1>
        <p className="mb-4 mt-2 text-sm text-muted">
          You wrote to {link.organizationName} about “{link.campaignTitle}”. They would like to show what you said to other customers. It is your choice, and you can change your mind at any time.
        </p>
        <figure className="mb-6">
          <figcaption className="mb-1 text-sm font-medium">Your words, exactly as they would appear</figcaption>
          <blockquote className="whitespace-pre-wrap break-words border-l-4 border-gold pl-3">{link.story.quote}</blockquote>
        </figure>
        <ConsentDecisionForm token={token} consentWording={link.consentWording} authorName={link.story.authorName} authorTitle={link.story.authorTitle} origin={origin} />
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="text-2xl font-semibold">Share your story with {link.organizationName}</h1>
      <p className="mb-6 mt-2 text-sm text-muted">
        {link.organizationName} is working to win back its customers&apos; trust after “{link.campaignTitle}”. If you stayed, tell them, and other customers, how it went for you.
      </p>
      <StorySubmitForm token={token} consentWording={link.consentWording} origin={origin} />
    </Card>
  );
}
