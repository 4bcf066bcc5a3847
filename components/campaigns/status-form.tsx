"use client";
import { useActionState } from "react";
import { changeCampaignStatusAction } from "@/lib/campaigns/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

const LABELS: Record<string, string> = { RECOVERING: "Mark as recovering", CLOSED: "Close campaign", OPEN: "Reopen" };

export function CampaignStatusForm({ id, version, next }: { id: string; version: number; next: string[] }) {
  const [state, action, pending] = useActionState(changeCampaignStatusAction, initialFormState);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {next.map((status) => (
          <form key={status} action={action}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="status" value={status} />
            <Button type="submit" variant="secondary" disabled={pending}>
              {LABELS[status] ?? status}
            </Button>
          </form>
        ))}
      </div>
      <FormMessage state={state} />
    </div>
  );
}
