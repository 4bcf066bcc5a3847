"use client";
import Link from "next/link";
import { useActionState } from "react";
import { featureFeedbackAction } from "@/lib/stories/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { WORDING_MAX } from "@/lib/stories/fields";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CopyField } from "@/components/stories/copy-field";

export function AskToFeatureForm({ feedbackItemId, origin, defaultWording, storiesHref }: { feedbackItemId: string; origin: string; defaultWording: string; storiesHref: string }) {
  const [state, action, pending] = useActionState(featureFeedbackAction, initialFormState);
  const token = state.ok ? (state.data as { token?: string } | undefined)?.token : undefined;
  if (token) {
    return (
      <div className="flex flex-col gap-3">
        <FormMessage state={state} />
        <CopyField label="Personal consent link (shown only this once)" value={`${origin}/s/${token}`} testId="consent-link" hint="Send it to this customer, for example in your reply. It works once." />
        <p className="text-sm"><Link className="underline" href={storiesHref}>Open the stories</Link></p>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="feedbackItemId" value={feedbackItemId} />
      <details>
        <summary className="cursor-pointer text-sm">Consent statement the customer will see</summary>
        <div className="mt-2">
          <Field id="feature-wording" label="Consent statement" required error={fieldError(state, "consentWording")}>
            <TextArea id="feature-wording" name="consentWording" rows={4} maxLength={WORDING_MAX} error={fieldError(state, "consentWording")} defaultValue={state.values?.consentWording ?? defaultWording} />
          </Field>
        </div>
      </details>
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Creating…" : "Ask to feature"}</Button>
      </div>
    </form>
  );
}
