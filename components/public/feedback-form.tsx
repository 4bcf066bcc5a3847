import { feedbackPath } from "@/lib/following/paths";
import { HONEYPOT_FIELD, PUBLIC_TEXT_MAX, PUBLIC_TEXT_MIN } from "@/lib/feedback/public-form-fields";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";

// The feedback form of a campaign's public page: a plain HTML form posting to a route handler
// (app/p/[org]/[campaign]/feedback/route.ts), which answers with a page of its own
// (lib/feedback/public-form-outcomes.ts). It needs no script, so the public page ships none. The
// browser checks the limits before sending (required, lengths, the contact's shape), so a message
// is refused by the server only in rare cases (too many from one address, a message of spaces, a
// server error) — and then the answer shows the form again with what the person typed
// (lib/public/form-post.ts).
export function PublicFeedbackForm({ orgSlug, campaignSlug }: { orgSlug: string; campaignSlug: string }) {
  return (
    <form method="post" action={feedbackPath(orgSlug, campaignSlug)} className="flex w-full flex-col gap-4" aria-label="Send us your feedback">
      <Field
        id="public-feedback-text"
        label="Your message"
        required
        hint={`Between ${PUBLIC_TEXT_MIN} and ${PUBLIC_TEXT_MAX.toLocaleString("en")} characters.`}
      >
        <TextArea id="public-feedback-text" name="text" rows={6} required minLength={PUBLIC_TEXT_MIN} maxLength={PUBLIC_TEXT_MAX} hasHint />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="public-feedback-name" label="Your name (optional)">
          <TextInput id="public-feedback-name" name="name" autoComplete="name" maxLength={120} />
        </Field>
        <Field id="public-feedback-contact" label="Email or handle (optional)" hint="Only if you would like an answer. Never published.">
          {/* The server's rule (lib/feedback/public-form-schemas.ts) in the browser's words: no
              spaces inside (the server trims the ends), and an address with "@" that is not a
              handle must look like name@host.tld. */}
          <TextInput
            id="public-feedback-contact"
            name="contact"
            autoComplete="email"
            maxLength={254}
            pattern="\s*(?:@\S+|[^\s@]+|[^\s@]+@[^\s@]+\.[^\s@]{2,})\s*"
            title="An email address such as name@example.com, or a handle such as @name."
            hasHint
          />
        </Field>
      </div>
      {/* Hidden from people and assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="public-feedback-website">Leave this field empty</label>
        <input id="public-feedback-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div>
        <Button type="submit" className="w-full sm:w-auto">Send feedback</Button>
      </div>
    </form>
  );
}
