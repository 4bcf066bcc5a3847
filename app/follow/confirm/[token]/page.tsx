import type { Metadata } from "next";
import { describeConfirmation } from "@/lib/following/queries";
import { confirmFollowingAction } from "@/lib/following/actions";
import { EXPIRED_CONFIRMATION, INVALID_CONFIRMATION } from "@/lib/following/confirm";
import { publicPagePath } from "@/lib/following/paths";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

// No `referrer: "no-referrer"` here, unlike other token pages: it makes a browser without
// JavaScript post the form with `Origin: null`, which Next refuses as cross-site. The site-wide
// strict-origin-when-cross-origin already keeps the token from other sites.
export const metadata: Metadata = { title: "Confirm that you want to follow", robots: { index: false, follow: false } };

// Opening the link changes nothing — mail scanners and link previews open links too, and must not
// confirm an address on their own. The button does, with a plain form (no client code).
export default async function ConfirmFollowingPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await describeConfirmation(token);
  if (view.state === "invalid") {
    return (
      <Card>
        <h1 className="text-2xl font-semibold">This link cannot be used</h1>
        <p className="mt-2" role="alert">{INVALID_CONFIRMATION}</p>
      </Card>
    );
  }
  const page = publicPagePath(view.orgSlug, view.campaignSlug);
  if (view.state === "expired") {
    return (
      <Card>
        <h1 className="text-2xl font-semibold">This link has expired</h1>
        <p className="mt-2" role="alert">{EXPIRED_CONFIRMATION}</p>
        {/* Plain links to the campaign page: HTML without scripts, not for the client router. */}
        <p className="mt-4"><a className="underline" href={page}>Go to “{view.campaignTitle}”</a></p>
      </Card>
    );
  }
  return (
    <Card>
      <p className="text-sm text-muted">{view.organizationName}</p>
      <h1 className="mt-1 text-2xl font-semibold">Follow “{view.campaignTitle}” by email</h1>
      <p className="mb-6 mt-2">
        You will get an email when {view.organizationName} publishes or revises its apology, when a promise changes status, and when it adds new proof. Each message has a link to stop, one click, no sign-in.
      </p>
      <form action={confirmFollowingAction} aria-label="Confirm following by email">
        <input type="hidden" name="token" value={token} />
        <Button type="submit" className="w-full sm:w-auto">Confirm: follow this page</Button>
      </form>
      <p className="mt-6 text-sm text-muted">Did not ask for this? Close this page: nothing more will be sent to you.</p>
    </Card>
  );
}
