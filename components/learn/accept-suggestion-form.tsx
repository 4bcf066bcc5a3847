"use client";
import { useActionState } from "react";
import { acceptSuggestionAction } from "@/lib/learn/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

// Accept a suggestion as a theme: the label can be reworded first; the key phrases choose the items.
export function AcceptSuggestionForm({ campaignId, index, label, keyPhrases, volume }: { campaignId: string; index: number; label: string; keyPhrases: string[]; volume: number }) {
  const [state, action, pending] = useActionState(acceptSuggestionAction, initialFormState);
  const err = fieldError(state, "label");
  const phraseErr = fieldError(state, "keyPhrases");
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="campaignId" value={campaignId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`s${index}-label`} className="text-sm font-medium">Theme label</label>
        <input id={`s${index}-label`} name="label" defaultValue={state.values?.label ?? label} maxLength={80} aria-invalid={err ? true : undefined} aria-describedby={err ? `s${index}-label-error` : undefined} className="min-h-10 rounded-md border border-border bg-surface px-3 text-sm" />
        {err ? <p id={`s${index}-label-error`} className="text-sm text-danger">{err}</p> : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`s${index}-phrases`} className="text-sm font-medium">Key phrases (one per line)</label>
        <textarea id={`s${index}-phrases`} name="keyPhrases" rows={Math.min(5, keyPhrases.length + 1)} defaultValue={state.values?.keyPhrases ?? keyPhrases.join("\n")} aria-invalid={phraseErr ? true : undefined} aria-describedby={`s${index}-phrases-hint${phraseErr ? ` s${index}-phrases-error` : ""}`} className="rounded-md border border-border bg-surface p-2 text-sm" />
        <p id={`s${index}-phrases-hint`} className="text-xs text-muted">The {volume} matching item{volume === 1 ? "" : "s"} are tagged as not yet reviewed; you confirm or untag them next.</p>
        {phraseErr ? <p id={`s${index}-phrases-error`} className="text-sm text-danger">{phraseErr}</p> : null}
      </div>
      <FormMessage state={state} />
      <div><Button type="submit" disabled={pending}>{pending ? "Accepting…" : `Accept “${label}”`}</Button></div>
    </form>
  );
}
