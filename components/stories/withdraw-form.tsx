"use client";
import { useActionState } from "react";
import { withdrawConsentAction } from "@/lib/stories/public-actions";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function WithdrawForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(withdrawConsentAction, initialFormState);
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form action={action} className="flex flex-col gap-3" aria-label="Withdraw my consent">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="danger" disabled={pending} className="w-full sm:w-auto">{pending ? "Withdrawing…" : "Withdraw my consent"}</Button>
      </div>
    </form>
  );
}
