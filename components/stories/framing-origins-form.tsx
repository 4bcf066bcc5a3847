"use client";
import { useActionState } from "react";
import { updateFramingOriginsAction } from "@/lib/stories/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { MAX_FRAMING_ORIGINS } from "@/lib/stories/framing-origins";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function FramingOriginsForm({ origins, version }: { origins: string[]; version: number }) {
  const [state, action, pending] = useActionState(updateFramingOriginsAction, initialFormState);
  const saved = state.ok ? (state.data as { origins: string[] } | undefined)?.origins : undefined;
  const errors = state.fieldErrors?.origins;
  // After a save the version moved on: the form is remounted from the new props by the page.
  return (
    <form action={action} noValidate className="flex flex-col gap-4" aria-label="Allowed sites">
      <input type="hidden" name="version" value={version} />
      <Field
        id="framing-origins"
        label="Websites allowed to show your story walls"
        hint={`One per line, each an https origin such as https://www.example.com (no path). At most ${MAX_FRAMING_ORIGINS}.`}
        error={errors && errors.length > 1 ? errors.join(" ") : fieldError(state, "origins")}
      >
        <TextArea
          id="framing-origins"
          name="origins"
          rows={6}
          hasHint
          error={fieldError(state, "origins")}
          spellCheck={false}
          autoCapitalize="off"
          className="font-mono"
          defaultValue={state.ok ? (saved ?? origins).join("\n") : state.values?.origins ?? origins.join("\n")}
        />
      </Field>
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save allowed sites"}</Button>
      </div>
    </form>
  );
}
