"use client";
import { useActionState, useState } from "react";
import { createCommitmentAction, updateCommitmentAction } from "@/lib/commitments/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { TRUST_ELEMENTS, TRUST_ELEMENT_INFO } from "@/lib/commitments/elements";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export type CommitmentValues = { title: string; description: string; ownerId: string; dueDate: string; trustElement: string; isPublic: boolean; lessonIds: string[] };

type Props = {
  target: { mode: "create"; campaignId: string } | { mode: "edit"; commitmentId: string; version: number };
  initial: CommitmentValues;
  members: { id: string; name: string }[];
  lessons: { id: string; title: string }[];
};

export function CommitmentForm({ target, initial, members, lessons }: Props) {
  const [state, action, pending] = useActionState(target.mode === "create" ? createCommitmentAction : updateCommitmentAction, initialFormState);
  const [lessonIds, setLessonIds] = useState(new Set(initial.lessonIds));
  const v = { ...initial, ...(state.values ?? {}) } as Record<string, unknown>;
  const str = (k: string) => String(v[k] ?? "");
  const err = (k: string) => fieldError(state, k);
  const p = target.mode === "create" ? "new" : "edit";
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      {target.mode === "create" ? <input type="hidden" name="campaignId" value={target.campaignId} /> : <><input type="hidden" name="commitmentId" value={target.commitmentId} /><input type="hidden" name="version" value={target.version} /></>}
      <Field id={`${p}-title`} label="Commitment" required error={err("title")} hint="What you will do, specific enough to check, e.g. “Refund every duplicate charge and the bank fees it caused”.">
        <TextInput id={`${p}-title`} name="title" required maxLength={160} defaultValue={str("title")} error={err("title")} hasHint />
      </Field>
      <Field id={`${p}-description`} label="Description" error={err("description")}>
        <TextArea id={`${p}-description`} name="description" rows={3} maxLength={5000} defaultValue={str("description")} error={err("description")} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={`${p}-owner`} label="Owner" required error={err("ownerId")} hint="The one person answerable for it.">
          <Select id={`${p}-owner`} name="ownerId" defaultValue={str("ownerId")} error={err("ownerId")} hasHint>
            <option value="">Choose a member…</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </Select>
        </Field>
        <Field id={`${p}-due`} label="Due date (UTC)" required error={err("dueDate")} hint="Due by the end of that day.">
          <TextInput id={`${p}-due`} name="dueDate" type="date" required defaultValue={str("dueDate")} error={err("dueDate")} hasHint />
        </Field>
      </div>
      <fieldset className="flex flex-col gap-2" aria-describedby={err("trustElement") ? `${p}-element-error` : undefined}>
        <legend className="text-sm font-medium">Element of trust it rebuilds <span aria-hidden="true" className="text-danger">*</span></legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {TRUST_ELEMENTS.map((e) => {
            const info = TRUST_ELEMENT_INFO[e];
            return (
              <label key={e} className="flex gap-2 rounded-md border border-border p-3 text-sm has-[:checked]:border-accent">
                <input type="radio" name="trustElement" value={e} defaultChecked={str("trustElement") === e} className="mt-1 h-4 w-4 shrink-0" />
                <span>
                  <span className="font-semibold">{info.label}</span> — {info.question}
                  <span className="block text-xs text-muted">{info.explain} E.g. {info.example}</span>
                </span>
              </label>
            );
          })}
        </div>
        {err("trustElement") ? <p id={`${p}-element-error`} className="text-sm text-danger">{err("trustElement")}</p> : null}
      </fieldset>
      {lessons.length ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">Lessons it acts on</legend>
          <p className="text-xs text-muted">When it is kept, the customers behind these lessons are listed for the communications team to tell.</p>
          <div className="flex flex-col gap-1">
            {lessons.map((l) => (
              <label key={l.id} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="lessonIds" value={l.id} checked={lessonIds.has(l.id)} onChange={() => setLessonIds((s) => { const n = new Set(s); if (n.has(l.id)) n.delete(l.id); else n.add(l.id); return n; })} className="mt-1 h-4 w-4 shrink-0" />
                {l.title}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <Checkbox id={`${p}-public`} name="isPublic" label="Public" hint="Shown on the campaign's public page with its progress, status changes and public evidence. Leave unticked for an internal commitment." defaultChecked={v.isPublic === true || v.isPublic === "on"} />
      <FormMessage state={state} />
      <div><Button type="submit" disabled={pending}>{pending ? "Saving…" : target.mode === "create" ? "Make the commitment" : "Save commitment"}</Button></div>
    </form>
  );
}
