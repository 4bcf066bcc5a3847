"use client";
import { useActionState } from "react";
import { retractEvidenceAction } from "@/lib/commitments/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

// Evidence is never deleted: retracting keeps it on the record, marked, with the reason.
export function RetractEvidenceForm({ evidenceId, version, title }: { evidenceId: string; version: number; title: string }) {
  const [state, action, pending] = useActionState(retractEvidenceAction, initialFormState);
  const err = fieldError(state, "reason");
  const id = `retract-${evidenceId}`;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-muted underline">Retract…</summary>
      <form action={action} className="mt-2 flex flex-col gap-2" noValidate>
        <input type="hidden" name="evidenceId" value={evidenceId} />
        <input type="hidden" name="version" value={version} />
        <label htmlFor={id} className="font-medium">Why is “{title}” retracted?</label>
        <textarea id={id} name="reason" rows={2} maxLength={1000} defaultValue={state.values?.reason ?? ""} aria-invalid={err ? true : undefined} aria-describedby={err ? `${id}-error` : undefined} className="rounded-md border border-border bg-surface p-2" />
        {err ? <p id={`${id}-error`} className="text-danger">{err}</p> : null}
        <FormMessage state={state} />
        <div><Button type="submit" variant="danger" disabled={pending}>Retract evidence</Button></div>
      </form>
    </details>
  );
}
