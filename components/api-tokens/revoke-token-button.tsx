"use client";
import { useActionState } from "react";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action, pending] = useActionState(revokeApiTokenAction, initialFormState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm(`Revoke the token "${name}"? Anything using it stops working at once.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      {state.message && !state.ok ? (
        <span role="alert" className="ml-2 text-xs text-danger">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
