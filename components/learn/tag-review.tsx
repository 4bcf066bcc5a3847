"use client";
import { useActionState, useState } from "react";
import Link from "next/link";
import { reviewTagsAction } from "@/lib/learn/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export type TaggedItem = { id: string; text: string; author: string; channel: string; receivedAt: string; reviewed: boolean };

// The items tagged with a theme: a person confirms the right ones and untags the rest.
export function TagReview({ themeId, items, itemBase, canReview }: { themeId: string; items: TaggedItem[]; itemBase: string; canReview: boolean }) {
  const [state, action, pending] = useActionState(reviewTagsAction, initialFormState);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const allSelected = items.length > 0 && items.every((i) => selected.has(i.id));
  const toggle = (id: string) => setSelected((s) => {
    const n = new Set(s);
    if (n.has(id)) n.delete(id);
    else n.add(id);
    return n;
  });
  return (
    <form action={(fd) => { action(fd); setSelected(new Set()); }} className="flex flex-col gap-3">
      <input type="hidden" name="themeId" value={themeId} />
      {canReview ? (
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="h-4 w-4" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((i) => i.id)))} />
            Select all on this page
          </label>
          <Button type="submit" name="decision" value="confirm" variant="secondary" disabled={pending || selected.size === 0}>Confirm selected ({selected.size})</Button>
          <Button type="submit" name="decision" value="untag" variant="danger" disabled={pending || selected.size === 0}>Untag selected</Button>
        </div>
      ) : null}
      <FormMessage state={state} />
      <ul className="flex flex-col gap-2" data-testid="theme-items">
        {items.map((i) => (
          <li key={i.id} className="flex gap-3 rounded-md border border-border bg-surface p-3">
            {canReview ? (
              <input type="checkbox" name="itemIds" value={i.id} checked={selected.has(i.id)} onChange={() => toggle(i.id)} className="mt-1 h-4 w-4 shrink-0" aria-label={`Select: ${i.text.slice(0, 60)}`} />
            ) : null}
            <div className="min-w-0 flex-1">
              <p className="whitespace-pre-wrap break-words text-sm">{i.text}</p>
              <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-muted">
                <span>{i.author}</span><span>{i.channel}</span><span>{i.receivedAt}</span>
                <span className={i.reviewed ? "text-ok" : "font-medium text-warn"}>{i.reviewed ? "confirmed" : "not yet reviewed"}</span>
                <Link className="underline" href={`${itemBase}/${i.id}`}>Open in the inbox</Link>
              </p>
            </div>
          </li>
        ))}
      </ul>
    </form>
  );
}
