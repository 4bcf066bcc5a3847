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
    // A full navigation on purpose: it drops the client router cache that holds signed-in pages.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    if (state.ok) void signOut({ redirect: false }).then(() => window.location.assign("/sign-in"));
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
