"use client";
import { useActionState } from "react";
import { cancelImportAction } from "@/lib/feedback/import/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function CancelImportForm({ jobId, label = "Cancel import" }: { jobId: string; label?: string }) {
  const [state, action, pending] = useActionState(cancelImportAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="jobId" value={jobId} />
      <div>
        <Button type="submit" variant="danger" disabled={pending || state.ok}>
          {pending ? "Cancelling…" : label}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
