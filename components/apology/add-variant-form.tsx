"use client";
import { useActionState, useState } from "react";
import { createVariantAction } from "@/lib/apology/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function AddVariantForm({ campaignId, available }: { campaignId: string; available: { channel: string; name: string }[] }) {
  const [state, action, pending] = useActionState(createVariantAction, initialFormState);
  const [choice, setChoice] = useState(available[0]?.channel ?? "custom");
  return (
    <form action={action} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <input type="hidden" name="campaignId" value={campaignId} />
      <Field id="variant-channel" label="Add a channel variant">
        <Select id="variant-channel" name="channel" value={choice} onChange={(e) => setChoice(e.target.value)}>
          {available.map((a) => (
            <option key={a.channel} value={a.channel}>{a.name}</option>
          ))}
          <option value="custom">Another channel…</option>
        </Select>
      </Field>
      {choice === "custom" ? (
        <Field id="variant-name" label="Channel name" error={fieldError(state, "customName")}>
          <TextInput id="variant-name" name="customName" maxLength={80} placeholder="In-app banner" error={fieldError(state, "customName")} />
        </Field>
      ) : null}
      <Button type="submit" disabled={pending}>Add variant</Button>
      <FormMessage state={state} />
    </form>
  );
}
