"use client";
import { useActionState } from "react";
import { decideConsentAction } from "@/lib/stories/public-actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { NAME_MAX, TITLE_MAX } from "@/lib/stories/fields";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ConsentTick } from "@/components/stories/consent-tick";
import { WithdrawalNotice } from "@/components/stories/withdrawal-notice";

// A personal link: the customer's own words, and a yes or a no.
export function ConsentDecisionForm({ token, consentWording, authorName, authorTitle, origin }: { token: string; consentWording: string; authorName: string; authorTitle: string; origin: string }) {
  const [state, action, pending] = useActionState(decideConsentAction, initialFormState);
  if (state.ok) {
    const withdrawToken = (state.data as { withdrawToken?: string | null } | undefined)?.withdrawToken;
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        {withdrawToken ? <WithdrawalNotice url={`${origin}/s/withdraw/${withdrawToken}`} /> : null}
      </div>
    );
  }
  const kept = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  return (
    <form action={action} noValidate className="flex flex-col gap-4" aria-label="Your answer">
      <input type="hidden" name="token" value={token} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="consent-name" label="Your name as it should appear" hint="Empty: “A customer”." error={fieldError(state, "authorName")}>
          <TextInput id="consent-name" name="authorName" autoComplete="name" maxLength={NAME_MAX} hasHint error={fieldError(state, "authorName")} defaultValue={kept("authorName", authorName)} />
        </Field>
        <Field id="consent-title" label="Title or role (optional)" error={fieldError(state, "authorTitle")}>
          <TextInput id="consent-title" name="authorTitle" autoComplete="organization-title" maxLength={TITLE_MAX} error={fieldError(state, "authorTitle")} defaultValue={kept("authorTitle", authorTitle)} />
        </Field>
      </div>
      <ConsentTick id="consent-tick" wording={consentWording} error={fieldError(state, "consent")} defaultChecked={state.values?.consent === "on"} />
      <FormMessage state={state} />
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="submit" name="decision" value="grant" disabled={pending}>Yes, you may share my words</Button>
        <Button type="submit" name="decision" value="deny" variant="secondary" disabled={pending}>No, thank you</Button>
      </div>
    </form>
  );
}
