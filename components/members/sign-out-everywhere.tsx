"use client";
import { useActionState, useEffect } from "react";
import { signOut } from "next-auth/react";
import { signOutEverywhereAction } from "@/lib/members/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function SignOutEverywhere() {
  const [state, action, pending] = useActionState(signOutEverywhereAction, initialFormState);
  useEffect(() => {
    if (state.ok) void signOut({ callbackUrl: "/sign-in" });
  }, [state.ok]);
  return (
    <form action={action} className="flex flex-col gap-2">
      <p className="text-sm text-muted">Ends every session of yours, on every device, including this one.</p>
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          Sign out everywhere
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
