import { FOLLOW_HONEYPOT } from "@/lib/following/fields";
import { followPath } from "@/lib/following/paths";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";

// "Follow by email": a plain HTML form posting to a route handler
// (app/p/[org]/[campaign]/follow/route.ts). It needs no script (the public page ships none); the
// answer is a page of its own (lib/following/outcomes.ts), where the result is announced.
export function FollowForm({ orgSlug, campaignSlug, error }: { orgSlug: string; campaignSlug: string; error?: string }) {
  return (
    <form method="post" action={followPath(orgSlug, campaignSlug)} className="flex flex-col gap-3 sm:flex-row sm:items-start" aria-label="Follow by email">
      <div className="sm:flex-1">
        <Field
          id="follow-email"
          label="Your email address"
          hint="We first send a link to confirm. Every message has a one-click link to stop. Your address is never shown or shared."
          error={error}
        >
          <TextInput id="follow-email" name="email" type="email" required autoComplete="email" maxLength={254} hasHint error={error} />
        </Field>
      </div>
      {/* Hidden from people and assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="follow-website">Leave this field empty</label>
        <input id="follow-website" name={FOLLOW_HONEYPOT} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Button type="submit" className="w-full sm:mt-6 sm:w-auto">Follow by email</Button>
    </form>
  );
}
