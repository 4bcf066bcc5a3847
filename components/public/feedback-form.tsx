"use client";
import { useActionState } from "react";
import { submitPublicFeedbackAction } from "@/lib/feedback/public-form-actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { HONEYPOT_FIELD, PUBLIC_TEXT_MAX, PUBLIC_TEXT_MIN } from "@/lib/feedback/public-form-fields";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

// The feedback form on a campaign's public page. Everything else on that page is server-rendered.
export function PublicFeedbackForm({ orgSlug, campaignSlug }: { orgSlug: string; campaignSlug: string }) {
  const [state, action, pending] = useActionState(submitPublicFeedbackAction, initialFormState);
  // After a success the fields start empty; after a refusal they hold what the person typed.
  const kept = (name: string) => (state.ok ? "" : state.values?.[name]);
  return (
    <form action={action} noValidate className="flex w-full flex-col gap-4" aria-label="Send us your feedback">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="campaignSlug" value={campaignSlug} />
      <Field
        id="public-feedback-text"
        label="Your message"
        required
        hint={`Between ${PUBLIC_TEXT_MIN} and ${PUBLIC_TEXT_MAX.toLocaleString("en")} characters.`}
        error={fieldError(state, "text")}
      >
        <TextArea
          id="public-feedback-text"
          name="text"
          rows={6}
          required
          minLength={PUBLIC_TEXT_MIN}
          maxLength={PUBLIC_TEXT_MAX}
          hasHint
          error={fieldError(state, "text")}
          defaultValue={kept("text")}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="public-feedback-name" label="Your name (optional)" error={fieldError(state, "name")}>
          <TextInput id="public-feedback-name" name="name" autoComplete="name" maxLength={120} error={fieldError(state, "name")} defaultValue={kept("name")} />
        </Field>
        <Field
          id="public-feedback-contact"
          label="Email or handle (optional)"
          hint="Only if you would like an answer. Never published."
          error={fieldError(state, "contact")}
        >
          <TextInput
            id="public-feedback-contact"
            name="contact"
            autoComplete="email"
            maxLength={254}
            hasHint
            error={fieldError(state, "contact")}
            defaultValue={kept("contact")}
          />
        </Field>
      </div>
      {/* Hidden from people and assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="public-feedback-website">Leave this field empty</label>
        <input id="public-feedback-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? "Sending…" : "Send feedback"}
        </Button>
      </div>
    </form>
  );
}
