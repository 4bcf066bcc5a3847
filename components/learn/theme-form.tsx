"use client";
import { useActionState } from "react";
import { createThemeFormAction, updateThemeAction } from "@/lib/learn/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type Props =
  | { mode: "create"; campaignId: string }
  | { mode: "edit"; themeId: string; version: number; label: string; description: string; keyPhrases: string };

// A theme written by hand, or the edit form of any theme.
export function ThemeForm(props: Props) {
  const [state, action, pending] = useActionState(props.mode === "create" ? createThemeFormAction : updateThemeAction, initialFormState);
  const initial = props.mode === "edit" ? props : { label: "", description: "", keyPhrases: "" };
  const v = (k: "label" | "description" | "keyPhrases") => state.values?.[k] ?? initial[k];
  const err = (k: string) => fieldError(state, k);
  const id = (k: string) => `theme-${props.mode}-${k}`;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {props.mode === "create" ? <input type="hidden" name="campaignId" value={props.campaignId} /> : <><input type="hidden" name="themeId" value={props.themeId} /><input type="hidden" name="version" value={props.version} /></>}
      <Field id={id("label")} label="Label" required error={err("label")} hint="What the criticism is about, in customers' words, e.g. “Charged twice”.">
        <TextInput id={id("label")} name="label" required maxLength={80} defaultValue={v("label")} error={err("label")} hasHint />
      </Field>
      <Field id={id("description")} label="Description" error={err("description")}>
        <TextArea id={id("description")} name="description" rows={2} maxLength={1000} defaultValue={v("description")} error={err("description")} />
      </Field>
      <Field
        id={id("keyPhrases")}
        label="Key phrases"
        error={err("keyPhrases")}
        hint={props.mode === "create"
          ? "One per line. Negative feedback that uses any of them (any word form, any order) is tagged for you to review. Leave empty to tag items yourself from the inbox."
          : "One per line. Changing them does not retag items: review or tag items from the inbox."}
      >
        <TextArea id={id("keyPhrases")} name="keyPhrases" rows={3} maxLength={2000} defaultValue={v("keyPhrases")} error={err("keyPhrases")} hasHint />
      </Field>
      <FormMessage state={state} />
      <div><Button type="submit" disabled={pending}>{pending ? "Saving…" : props.mode === "create" ? "Add theme" : "Save theme"}</Button></div>
    </form>
  );
}
