"use client";
import { useActionState } from "react";
import { restoreVersionAction } from "@/lib/apology/actions";
import { initialFormState } from "@/lib/actions/form-state";

export function RestoreButton({ apologyId, number, baseNumber }: { apologyId: string; number: number; baseNumber: number }) {
  const [state, action, pending] = useActionState(restoreVersionAction, initialFormState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="apologyId" value={apologyId} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="baseNumber" value={baseNumber} />
      <button type="submit" disabled={pending} className="rounded px-2 py-1 text-xs underline hover:bg-sunken" aria-label={`Restore version ${number} as a new version`}>
        Restore
      </button>
      {state.message && !state.ok ? <span role="alert" className="ml-1 text-xs text-danger">{state.message}</span> : null}
    </form>
  );
}
