"use client";
import { useActionState } from "react";
import { createSavedReplyAction, deleteSavedReplyAction } from "@/lib/feedback/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function NewSavedReplyForm() {
  const [state, action, pending] = useActionState(createSavedReplyAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <Field id="reply-title" label="Title" required error={fieldError(state, "title")}>
        <TextInput id="reply-title" name="title" maxLength={120} defaultValue={state.ok ? "" : state.values?.title} error={fieldError(state, "title")} />
      </Field>
      <Field id="reply-body" label="Reply" required error={fieldError(state, "body")} hint="Acknowledge the feeling, own it, say what is being done, offer a direct contact.">
        <TextArea id="reply-body" name="body" rows={5} maxLength={5000} defaultValue={state.ok ? "" : state.values?.body} error={fieldError(state, "body")} hasHint />
      </Field>
      <FormMessage state={state} />
      <div><Button type="submit" disabled={pending}>Add saved reply</Button></div>
    </form>
  );
}

export function DeleteSavedReplyButton({ id, title }: { id: string; title: string }) {
  const [state, action, pending] = useActionState(deleteSavedReplyAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`Remove saved reply ${title}`}>Remove</Button>
      {state.message && !state.ok ? <span role="alert" className="text-xs text-danger">{state.message}</span> : null}
    </form>
  );
}
