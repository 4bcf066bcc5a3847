"use client";
import { useActionState, useState } from "react";
import { createLessonAction, updateLessonAction } from "@/lib/learn/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export type LessonValues = { title: string; whatWeHeard: string; rootCause: string; whatChanges: string; themeIds: string[]; feedbackIds: string[] };
type Option = { id: string; label: string };
type ItemOption = { id: string; text: string; author: string };

type Props = {
  target: { mode: "create"; campaignId: string } | { mode: "edit"; lessonId: string; version: number };
  initial: LessonValues;
  themes: Option[];
  items: ItemOption[];
};

// What we heard, the root cause, what changes so it never happens again; the themes it answers
// and the customers' own words that show it.
export function LessonForm({ target, initial, themes, items }: Props) {
  const [state, action, pending] = useActionState(target.mode === "create" ? createLessonAction : updateLessonAction, initialFormState);
  // Checkbox choices live in state, so a refused save keeps them.
  const [themeIds, setThemeIds] = useState(new Set(initial.themeIds));
  const [feedbackIds, setFeedbackIds] = useState(new Set(initial.feedbackIds));
  const v = (k: "title" | "whatWeHeard" | "rootCause" | "whatChanges") => state.values?.[k] ?? initial[k];
  const err = (k: string) => fieldError(state, k);
  const toggle = (set: Set<string>, update: (s: Set<string>) => void, id: string) => {
    const n = new Set(set);
    if (n.has(id)) n.delete(id);
    else n.add(id);
    update(n);
  };
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      {target.mode === "create" ? <input type="hidden" name="campaignId" value={target.campaignId} /> : <><input type="hidden" name="lessonId" value={target.lessonId} /><input type="hidden" name="version" value={target.version} /></>}
      <Field id="lesson-title" label="Lesson" required error={err("title")} hint="One sentence a new employee would understand, e.g. “Billing changes shipped without a duplicate-charge check”.">
        <TextInput id="lesson-title" name="title" required maxLength={160} defaultValue={v("title")} error={err("title")} hasHint />
      </Field>
      <fieldset className="flex flex-col gap-2" aria-describedby={err("themeIds") ? "lesson-themes-error" : undefined}>
        <legend className="text-sm font-medium">Themes it answers <span aria-hidden="true" className="text-danger">*</span></legend>
        {themes.length === 0 ? <p className="text-sm text-muted">No themes yet: accept a suggested theme or add one first.</p> : null}
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {themes.map((t) => (
            <label key={t.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="themeIds" value={t.id} checked={themeIds.has(t.id)} onChange={() => toggle(themeIds, setThemeIds, t.id)} className="h-4 w-4" />
              {t.label}
            </label>
          ))}
        </div>
        {err("themeIds") ? <p id="lesson-themes-error" className="text-sm text-danger">{err("themeIds")}</p> : null}
      </fieldset>
      <Field id="lesson-heard" label="What we heard" required error={err("whatWeHeard")} hint="What customers said, in their terms — not what we think they meant.">
        <TextArea id="lesson-heard" name="whatWeHeard" rows={4} maxLength={5000} defaultValue={v("whatWeHeard")} error={err("whatWeHeard")} hasHint />
      </Field>
      {items.length > 0 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">Representative feedback (up to 20)</legend>
          <p className="text-xs text-muted">Items tagged with the lesson&apos;s themes, most recent first. Their words stay linked to the lesson and to the promises made from it.</p>
          <ul className="flex max-h-80 flex-col gap-2 overflow-y-auto rounded-md border border-border p-2">
            {items.map((i) => (
              <li key={i.id}>
                <label className="flex gap-2 text-sm">
                  <input type="checkbox" name="feedbackIds" value={i.id} checked={feedbackIds.has(i.id)} onChange={() => toggle(feedbackIds, setFeedbackIds, i.id)} className="mt-1 h-4 w-4 shrink-0" />
                  <span><span className="block">“{i.text.length > 220 ? `${i.text.slice(0, 217)}…` : i.text}”</span><span className="text-xs text-muted">{i.author}</span></span>
                </label>
              </li>
            ))}
          </ul>
          {err("feedbackIds") ? <p className="text-sm text-danger">{err("feedbackIds")}</p> : null}
        </fieldset>
      ) : null}
      <Field id="lesson-root" label="Root cause" required error={err("rootCause")} hint="Why it happened, not who: the process, system or decision that let it through.">
        <TextArea id="lesson-root" name="rootCause" rows={4} maxLength={5000} defaultValue={v("rootCause")} error={err("rootCause")} hasHint />
      </Field>
      <Field id="lesson-changes" label="What changes so it never happens again" required error={err("whatChanges")}>
        <TextArea id="lesson-changes" name="whatChanges" rows={4} maxLength={5000} defaultValue={v("whatChanges")} error={err("whatChanges")} />
      </Field>
      <FormMessage state={state} />
      <div><Button type="submit" disabled={pending}>{pending ? "Saving…" : target.mode === "create" ? "Save lesson" : "Save a new version"}</Button></div>
    </form>
  );
}
