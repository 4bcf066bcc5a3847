"use client";
import { useActionState } from "react";
import { revokeRequestLinkAction } from "@/lib/stories/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";

export function RevokeLinkButton({ linkId, label }: { linkId: string; label: string }) {
  const [state, action, pending] = useActionState(revokeRequestLinkAction, initialFormState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm(`Revoke the link “${label}”? Anyone opening it is told it is no longer in use.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="linkId" value={linkId} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={`Revoke the link ${label}`}>Revoke</Button>
      {state.message && !state.ok ? <span role="alert" className="ml-2 text-xs text-danger">{state.message}</span> : null}
    </form>
  );
}
