import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { describeWithdrawal } from "@/lib/stories/public-queries";
import { WithdrawForm } from "@/components/stories/withdraw-form";

export const metadata: Metadata = { title: "Withdraw your consent", referrer: "no-referrer", robots: { index: false, follow: false } };

// Opening the page changes nothing (link previews open it too); the button does.
export default async function WithdrawPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const story = await describeWithdrawal(token);
  if (!story) {
    return (
      <Card>
        <h1 className="text-2xl font-semibold">This link cannot be used</h1>
        <p className="mt-2 text-sm" role="alert">This withdrawal link is not valid. Please check that you copied all of it.</p>
      </Card>
    );
  }
  if (story.withdrawn) {
    return (
      <Card>
        <h1 className="text-2xl font-semibold">Your consent is withdrawn</h1>
        <p className="mt-2 text-sm" role="status">{story.organizationName} does not show your story anywhere.</p>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="text-2xl font-semibold">Withdraw your consent</h1>
      <p className="mb-4 mt-2 text-sm text-muted">
        {story.organizationName} stops showing your story at once: on its public pages and on every website where its story wall is embedded. This cannot be undone from here.
      </p>
      <figure className="mb-6">
        <figcaption className="mb-1 text-sm font-medium">Your story</figcaption>
        <blockquote className="whitespace-pre-wrap break-words border-l-4 border-gold pl-3">{story.quote}</blockquote>
      </figure>
      <WithdrawForm token={token} />
    </Card>
  );
}
