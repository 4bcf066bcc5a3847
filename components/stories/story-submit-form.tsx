"use client";
import { useActionState } from "react";
import { submitStoryAction } from "@/lib/stories/public-actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { NAME_MAX, QUOTE_MAX, QUOTE_MIN, STORY_HONEYPOT, TITLE_MAX } from "@/lib/stories/fields";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ConsentTick } from "@/components/stories/consent-tick";
import { WithdrawalNotice } from "@/components/stories/withdrawal-notice";

export function StorySubmitForm({ token, consentWording, origin }: { token: string; consentWording: string; origin: string }) {
  const [state, action, pending] = useActionState(submitStoryAction, initialFormState);
  const withdrawToken = state.ok ? (state.data as { withdrawToken?: string } | undefined)?.withdrawToken : undefined;
  if (state.ok) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        {withdrawToken ? <WithdrawalNotice url={`${origin}/s/withdraw/${withdrawToken}`} /> : null}
      </div>
    );
  }
  const kept = (name: string) => state.values?.[name];
  return (
    <form action={action} noValidate className="flex flex-col gap-4" aria-label="Share your story">
      <input type="hidden" name="token" value={token} />
      <Field id="story-quote" label="Your story" required hint={`In your own words (${QUOTE_MIN}–${QUOTE_MAX.toLocaleString("en")} characters). It is published exactly as you write it.`} error={fieldError(state, "quote")}>
        <TextArea id="story-quote" name="quote" rows={7} required minLength={QUOTE_MIN} maxLength={QUOTE_MAX} hasHint error={fieldError(state, "quote")} defaultValue={kept("quote")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="story-name" label="Your name (optional)" hint="As it should appear. Empty: “A customer”." error={fieldError(state, "authorName")}>
          <TextInput id="story-name" name="authorName" autoComplete="name" maxLength={NAME_MAX} hasHint error={fieldError(state, "authorName")} defaultValue={kept("authorName")} />
        </Field>
        <Field id="story-title" label="Title or role (optional)" hint="For example “Customer since 2019”." error={fieldError(state, "authorTitle")}>
          <TextInput id="story-title" name="authorTitle" autoComplete="organization-title" maxLength={TITLE_MAX} hasHint error={fieldError(state, "authorTitle")} defaultValue={kept("authorTitle")} />
        </Field>
      </div>
      <ConsentTick id="story-consent" wording={consentWording} error={fieldError(state, "consent")} defaultChecked={state.values?.consent === "on"} />
      {/* Hidden from people and assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="story-website">Leave this field empty</label>
        <input id="story-website" name={STORY_HONEYPOT} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">{pending ? "Sending…" : "Send my story"}</Button>
      </div>
    </form>
  );
}
