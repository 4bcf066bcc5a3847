"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { replyAction } from "@/lib/feedback/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { replyChecklist } from "@/lib/feedback/reply-checklist";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type Props = { itemId: string; version: number; savedReplies: { id: string; title: string; body: string }[]; previous: string | null };

export function ReplyComposer({ itemId, version, savedReplies, previous }: Props) {
  const [state, action, pending] = useActionState(replyAction, initialFormState);
  const [text, setText] = useState(state.values?.text ?? "");
  const checks = replyChecklist(text);
  const err = fieldError(state, "text");
  const box = useRef<HTMLTextAreaElement>(null);
  // The inbox's "r" key lands here with #reply: put the cursor in the reply.
  useEffect(() => {
    if (window.location.hash === "#reply") box.current?.focus();
  }, []);
  return (
    <form action={action} className="flex flex-col gap-3" id="reply" noValidate>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
      {savedReplies.length > 0 ? (
        <label className="flex flex-col gap-1 text-sm font-medium">Start from a saved reply
          <select
            className="min-h-10 rounded-md border border-border bg-surface px-2 text-sm font-normal"
            defaultValue=""
            onChange={(e) => {
              const r = savedReplies.find((s) => s.id === e.target.value);
              if (r) setText(r.body);
            }}
          >
            <option value="">—</option>
            {savedReplies.map((r) => <option key={r.id} value={r.id}>{r.title}</option>)}
          </select>
        </label>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="reply-text" className="text-sm font-medium">{previous ? "Reply again" : "Your reply"}</label>
        <textarea
          id="reply-text"
          name="text"
          rows={6}
          maxLength={5000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          ref={box}
          aria-invalid={err ? true : undefined}
          aria-describedby={`reply-checklist${err ? " reply-error" : ""}`}
          className="w-full rounded-md border border-border bg-surface p-3 text-sm"
        />
        {err ? <p id="reply-error" className="text-sm text-danger">{err}</p> : null}
      </div>
      <ul id="reply-checklist" className="grid gap-1 text-sm sm:grid-cols-2" aria-label="A compassionate reply">
        {checks.map((c) => (
          <li key={c.key} className={c.done ? "text-ok" : "text-muted"}>
            <span aria-hidden="true">{c.done ? "✓" : "○"}</span> {c.label}<span className="sr-only">{c.done ? ": done" : ": not yet"}</span>
          </li>
        ))}
      </ul>
      <FormMessage state={state} />
      <div><Button type="submit" disabled={pending}>{pending ? "Sending…" : "Send reply"}</Button></div>
    </form>
  );
}
