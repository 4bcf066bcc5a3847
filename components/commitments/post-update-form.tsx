"use client";
import { useActionState, useState } from "react";
import { postUpdateAction } from "@/lib/commitments/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { NEEDS_REASON, STATUS_LABELS, type CommitmentStatusValue } from "@/lib/commitments/status";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type Props = { commitmentId: string; version: number; status: CommitmentStatusValue; progress: number; next: CommitmentStatusValue[]; liveEvidence: number };

// An entry on the timeline: what happened, with a new progress or status if it changed.
export function PostUpdateForm({ commitmentId, version, status, progress, next, liveEvidence }: Props) {
  const [state, action, pending] = useActionState(postUpdateAction, initialFormState);
  const [to, setTo] = useState(state.values?.status ?? "");
  // After a saved update the commitment has a new version: start the status choice afresh.
  const [seen, setSeen] = useState(version);
  if (seen !== version) {
    setSeen(version);
    setTo("");
  }
  const err = (k: string) => fieldError(state, k);
  const needsReason = NEEDS_REASON.has(to as CommitmentStatusValue);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version} />
      <Field id="update-text" label="Update" error={err("text")} hint="What happened since the last update, in plain words.">
        <TextArea id="update-text" name="text" rows={3} maxLength={5000} defaultValue={state.values?.text ?? ""} error={err("text")} hasHint />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="update-progress" label="Progress (%)" error={err("progress")}>
          <TextInput id="update-progress" name="progress" type="number" min={0} max={100} step={1} defaultValue={state.values?.progress ?? String(progress)} error={err("progress")} />
        </Field>
        <Field id="update-status" label="Status" error={err("status")} hint={`Now ${STATUS_LABELS[status].toLowerCase()}.${next.includes("DONE") && liveEvidence === 0 ? " Done needs evidence first." : ""}`}>
          <Select id="update-status" name="status" value={to} onChange={(e) => setTo(e.target.value)} error={err("status")} hasHint>
            <option value="">Keep {STATUS_LABELS[status].toLowerCase()}</option>
            {next.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </Select>
        </Field>
      </div>
      {needsReason || err("reason") ? (
        <Field id="update-reason" label="Reason" required error={err("reason")} hint="Say honestly why, and what you will do instead: the people counting on it will read this.">
          <TextArea id="update-reason" name="reason" rows={3} maxLength={2000} defaultValue={state.values?.reason ?? ""} error={err("reason")} hasHint />
        </Field>
      ) : null}
      <FormMessage state={state} />
      <div><Button type="submit" disabled={pending}>{pending ? "Posting…" : "Post update"}</Button></div>
    </form>
  );
}
