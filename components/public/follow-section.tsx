import { FollowForm } from "@/components/public/follow-form";

// The end of a campaign's public page: email following when the server can send mail, the Atom
// feed always.
export function FollowSection({ orgSlug, campaignSlug, byEmail }: { orgSlug: string; campaignSlug: string; byEmail: boolean }) {
  const feed = (
    <a className="underline" href={`/p/${orgSlug}/${campaignSlug}/feed.xml`}>Atom feed</a>
  );
  return (
    <section aria-labelledby="follow-heading" className="flex flex-col gap-3 no-print">
      <h2 id="follow-heading" className="text-xl font-semibold">Follow our progress</h2>
      {byEmail ? (
        <>
          <p className="text-sm">Get an email when we publish or revise our apology, when a promise changes status, and when we add new proof.</p>
          <FollowForm orgSlug={orgSlug} campaignSlug={campaignSlug} />
          <p className="text-sm text-muted">Or subscribe to the {feed} in any feed reader: it announces the same changes.</p>
        </>
      ) : (
        <p className="text-sm">Subscribe to the {feed} in any feed reader: it announces the apology and its revisions, every change in a promise&apos;s status, and new proof.</p>
      )}
    </section>
  );
}
