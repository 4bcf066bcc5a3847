"use client";
import { useActionState } from "react";
import { createRequestLinkAction } from "@/lib/stories/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { LINK_LABEL_MAX, LINK_MAX_DAYS, WORDING_MAX } from "@/lib/stories/fields";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CopyField } from "@/components/stories/copy-field";

export function RequestLinkForm({ campaignId, origin, defaultWording }: { campaignId: string; origin: string; defaultWording: string }) {
  const [state, action, pending] = useActionState(createRequestLinkAction, initialFormState);
  const token = state.ok ? (state.data as { token?: string } | undefined)?.token : undefined;
  const kept = (name: string, fallback = "") => (state.ok || !state.values ? fallback : state.values[name] ?? fallback);
  return (
    <div className="flex flex-col gap-4">
      <form action={action} noValidate className="flex flex-col gap-4" aria-label="Create a story-request link">
        <input type="hidden" name="campaignId" value={campaignId} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="link-label" label="Label (for your team)" hint="Where you will share it, e.g. “March newsletter”. Customers do not see it." error={fieldError(state, "label")}>
            <TextInput id="link-label" name="label" maxLength={LINK_LABEL_MAX} hasHint error={fieldError(state, "label")} defaultValue={kept("label")} />
          </Field>
          <Field id="link-days" label="Expires after (days)" hint={`Empty: never expires. At most ${LINK_MAX_DAYS}.`} error={fieldError(state, "expiresInDays")}>
            <TextInput id="link-days" name="expiresInDays" type="number" min={1} max={LINK_MAX_DAYS} inputMode="numeric" hasHint error={fieldError(state, "expiresInDays")} defaultValue={kept("expiresInDays", "30")} />
          </Field>
        </div>
        <Field id="link-wording" label="Consent statement" required hint="Customers must tick this statement to send their story. The exact words are kept with their consent." error={fieldError(state, "consentWording")}>
          <TextArea id="link-wording" name="consentWording" rows={4} required maxLength={WORDING_MAX} hasHint error={fieldError(state, "consentWording")} defaultValue={kept("consentWording", defaultWording)} />
        </Field>
        <Checkbox id="link-single" name="singleUse" label="Single use" hint="For one person: the link stops working after one story." defaultChecked={!state.ok && state.values ? state.values.singleUse === "on" : false} />
        <div>
          <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create link"}</Button>
        </div>
      </form>
      <FormMessage state={state} />
      {token ? (
        <div className="rounded-md bg-info-bg p-3">
          <CopyField label="Story-request link (shown only this once)" value={`${origin}/s/${token}`} testId="story-request-link" hint="Send it to customers who stayed with you. Anyone with the link can send a story." />
        </div>
      ) : null}
    </div>
  );
}
