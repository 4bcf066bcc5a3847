"use client";
import { useActionState, useId } from "react";
import { inviteMemberAction } from "@/lib/members/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { ROLES, ROLE_LABELS } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function InviteForm({ origin }: { origin: string }) {
  const [state, action, pending] = useActionState(inviteMemberAction, initialFormState);
  const linkId = useId();
  const token = state.ok ? (state.data as { token?: string } | undefined)?.token : undefined;
  const link = token ? `${origin}/invite/${token}` : "";
  return (
    <div className="flex flex-col gap-4">
      <form action={action} noValidate className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <Field id="invite-email" label="Email" required error={fieldError(state, "email")}>
          <TextInput id="invite-email" name="email" type="email" required defaultValue={state.ok ? "" : state.values?.email} error={fieldError(state, "email")} />
        </Field>
        <Field id="invite-role" label="Role" required error={fieldError(state, "role")}>
          <Select id="invite-role" name="role" defaultValue={state.values?.role ?? "COMMS"}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create invitation link"}
        </Button>
      </form>
      <FormMessage state={state} />
      {link ? (
        <div className="flex flex-col gap-2 rounded-md bg-info-bg p-3">
          <label htmlFor={linkId} className="text-sm font-medium">
            Invitation link (single use, valid 7 days)
          </label>
          <div className="flex gap-2">
            <input id={linkId} readOnly value={link} className="w-full rounded-md border border-border bg-surface px-2 py-1 font-mono text-xs" data-testid="invite-link" onFocus={(e) => e.currentTarget.select()} />
            <Button variant="secondary" onClick={() => navigator.clipboard?.writeText(link)}>
              Copy
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
