"use client";
import { useActionState, useState } from "react";
import { markToldAction } from "@/lib/commitments/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

// The reply to send on the customer's channel, prefilled from the public evidence; marking the
// task told records who told them, when, and what was said.
export function TellTaskForm({ taskId, reply, canTell }: { taskId: string; reply: string; canTell: boolean }) {
  const [state, action, pending] = useActionState(markToldAction, initialFormState);
  const [text, setText] = useState(reply);
  const [copied, setCopied] = useState("");
  const id = `tell-${taskId}`;
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="taskId" value={taskId} />
      <label htmlFor={id} className="text-sm font-medium">Reply to send</label>
      <textarea id={id} name="message" rows={8} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} readOnly={!canTell} className="rounded-md border border-border bg-surface p-2 text-sm" />
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(text);
              setCopied("Copied.");
            } catch {
              setCopied("Copy failed: select the text and copy it.");
            }
          }}
        >
          Copy reply
        </Button>
        {canTell ? <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Mark as told"}</Button> : null}
        <span aria-live="polite" className="text-xs text-muted">{copied}</span>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
