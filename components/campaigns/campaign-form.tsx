"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export type CampaignFormValues = {
  id?: string;
  version?: number;
  title: string;
  slug: string;
  summary: string;
  occurredAt: string;
  discoveredAt: string;
  severity: string;
  affectedAudience: string;
  slaHours: string;
  publicPage: boolean;
};

const SEVERITY_OPTIONS = [
  ["LOW", "Low — few customers, little harm"],
  ["MEDIUM", "Medium"],
  ["HIGH", "High"],
  ["CRITICAL", "Critical — widespread harm or a breach of trust in the news"],
] as const;

type Props = {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  initial: CampaignFormValues;
  submitLabel: string;
};

export function CampaignForm({ action, initial, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // After a refusal, show what the person typed rather than the stored values.
  const v = { ...initial, ...(state.values ?? {}) } as Record<string, unknown>;
  const str = (k: string) => String(v[k] ?? "");
  const err = (k: string) => fieldError(state, k);
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {initial.version ? <input type="hidden" name="version" value={initial.version} /> : null}
      <Field id="title" label="Title" required error={err("title")} hint="What people call the incident, e.g. “March 3 billing outage”.">
        <TextInput id="title" required maxLength={160} defaultValue={str("title")} error={err("title")} hasHint />
      </Field>
      <Field id="slug" label="Short name" error={err("slug")} hint="Used in links. Made from the title if left empty.">
        <TextInput id="slug" maxLength={60} defaultValue={str("slug")} error={err("slug")} hasHint />
      </Field>
      <Field id="summary" label="What happened" required error={err("summary")} hint="In plain, specific words. The apology analysis compares the draft with this.">
        <TextArea id="summary" required rows={5} maxLength={5000} defaultValue={str("summary")} error={err("summary")} hasHint />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="occurredAt" label="When it happened (UTC)" required error={err("occurredAt")}>
          <TextInput id="occurredAt" type="datetime-local" required defaultValue={str("occurredAt")} error={err("occurredAt")} />
        </Field>
        <Field id="discoveredAt" label="When it was discovered (UTC)" error={err("discoveredAt")}>
          <TextInput id="discoveredAt" type="datetime-local" defaultValue={str("discoveredAt")} error={err("discoveredAt")} />
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="severity" label="Severity" required error={err("severity")}>
          <Select id="severity" defaultValue={str("severity") || "HIGH"} error={err("severity")}>
            {SEVERITY_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="slaHours" label="Response SLA (hours)" required error={err("slaHours")} hint="How fast every complaint gets a first answer. Four hours is what people on social media expect.">
          <TextInput id="slaHours" type="number" min={0.25} max={168} step={0.25} defaultValue={str("slaHours") || "4"} error={err("slaHours")} hasHint />
        </Field>
      </div>
      <Field id="affectedAudience" label="Affected audience" required error={err("affectedAudience")} hint="Who was harmed, e.g. “customers billed twice in March”.">
        <TextInput id="affectedAudience" required maxLength={1000} defaultValue={str("affectedAudience")} error={err("affectedAudience")} hasHint />
      </Field>
      <Checkbox
        id="publicPage"
        label="Public transparency page"
        hint="Shows only what is published: the approved apology, public commitments and their proof, consented stories."
        defaultChecked={v.publicPage === true || v.publicPage === "on"}
      />
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
