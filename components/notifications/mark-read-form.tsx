"use client";
import { useActionState } from "react";
import { markNotificationsReadAction } from "@/lib/notifications/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";

export function MarkReadForm({ notificationId, label }: { notificationId?: string; label: string }) {
  const [state, action, pending] = useActionState(markNotificationsReadAction, initialFormState);
  return (
    <form action={action} className="inline">
      {notificationId ? <input type="hidden" name="notificationId" value={notificationId} /> : null}
      <Button type="submit" variant={notificationId ? "ghost" : "secondary"} disabled={pending}>
        {label}
      </Button>
      {state.message && !state.ok ? <span role="alert" className="ml-2 text-xs text-danger">{state.message}</span> : null}
    </form>
  );
}
