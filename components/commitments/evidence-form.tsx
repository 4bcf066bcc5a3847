"use client";
import { useActionState, useState } from "react";
import { addEvidenceAction } from "@/lib/commitments/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { ACCEPTED_DESCRIPTION, ACCEPTED_EXTENSIONS } from "@/lib/evidence/file-type";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

const KINDS = [
  ["FILE", "A file (report, screenshot, export)"],
  ["LINK", "A link (release notes, status page, public report)"],
  ["METRIC", "A metric (a measured figure)"],
  ["NOTE", "A note (what was done, by whom)"],
] as const;

// Proof that a commitment is being kept. The fields follow the kind chosen.
export function EvidenceForm({ commitmentId, commitmentPublic }: { commitmentId: string; commitmentPublic: boolean }) {
  const [state, action, pending] = useActionState(addEvidenceAction, initialFormState);
  const [kind, setKind] = useState<string>(state.values?.kind ?? "FILE");
  const err = (k: string) => fieldError(state, k);
  const val = (k: string) => state.values?.[k] ?? "";
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <Field id="evidence-kind" label="Kind of evidence" error={err("kind")}>
        <Select id="evidence-kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value)} error={err("kind")}>
          {KINDS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </Select>
      </Field>
      {kind === "FILE" ? (
        <Field id="evidence-file" label="File" required error={err("file")} hint={`${ACCEPTED_DESCRIPTION}. Its contents are checked: a file renamed to look like another type is refused.`}>
          <input id="evidence-file" name="file" type="file" accept={ACCEPTED_EXTENSIONS} aria-invalid={err("file") ? true : undefined} aria-describedby={`evidence-file-hint${err("file") ? " evidence-file-error" : ""}`} className="text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-border file:bg-surface file:px-3" />
        </Field>
      ) : null}
      {kind === "LINK" ? (
        <Field id="evidence-url" label="Link" required error={err("url")} hint="https:// or http:// only.">
          <TextInput id="evidence-url" name="url" type="url" inputMode="url" maxLength={2000} defaultValue={val("url")} error={err("url")} hasHint />
        </Field>
      ) : null}
      {kind === "METRIC" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="evidence-metric-name" label="Metric" required error={err("metricName")} hint="E.g. “Duplicate charges per 10,000 orders”.">
            <TextInput id="evidence-metric-name" name="metricName" maxLength={120} defaultValue={val("metricName")} error={err("metricName")} hasHint />
          </Field>
          <Field id="evidence-metric-value" label="Value" required error={err("metricValue")}>
            <TextInput id="evidence-metric-value" name="metricValue" inputMode="decimal" maxLength={40} defaultValue={val("metricValue")} error={err("metricValue")} />
          </Field>
          <Field id="evidence-metric-unit" label="Unit" error={err("metricUnit")}>
            <TextInput id="evidence-metric-unit" name="metricUnit" maxLength={40} defaultValue={val("metricUnit")} error={err("metricUnit")} />
          </Field>
          <Field id="evidence-metric-asof" label="As of (UTC)" error={err("metricAsOf")} hint="Today when left empty.">
            <TextInput id="evidence-metric-asof" name="metricAsOf" type="date" defaultValue={val("metricAsOf")} error={err("metricAsOf")} hasHint />
          </Field>
          <Field id="evidence-metric-baseline" label="Baseline (before)" error={err("metricBaseline")}>
            <TextInput id="evidence-metric-baseline" name="metricBaseline" inputMode="decimal" maxLength={40} defaultValue={val("metricBaseline")} error={err("metricBaseline")} />
          </Field>
          <Field id="evidence-metric-target" label="Target" error={err("metricTarget")}>
            <TextInput id="evidence-metric-target" name="metricTarget" inputMode="decimal" maxLength={40} defaultValue={val("metricTarget")} error={err("metricTarget")} />
          </Field>
        </div>
      ) : null}
      <Field id="evidence-title" label="Title" error={err("title")} hint="What it shows. Made from the file name, link or metric when left empty.">
        <TextInput id="evidence-title" name="title" maxLength={160} defaultValue={val("title")} error={err("title")} hasHint />
      </Field>
      <Field id="evidence-note" label={kind === "NOTE" ? "Note" : "Note (optional)"} required={kind === "NOTE"} error={err("note")}>
        <TextArea id="evidence-note" name="note" rows={3} maxLength={5000} defaultValue={val("note")} error={err("note")} />
      </Field>
      <Checkbox
        id="evidence-public"
        name="isPublic"
        label="Public evidence"
        hint={commitmentPublic ? "Shown on the public page with the commitment." : "Shown publicly only once the commitment itself is made public."}
        defaultChecked={state.values?.isPublic === "on"}
      />
      <FormMessage state={state} />
      <div><Button type="submit" disabled={pending}>{pending ? "Adding…" : "Add evidence"}</Button></div>
    </form>
  );
}
