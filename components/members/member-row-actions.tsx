"use client";
import { useActionState } from "react";
import { changeMemberRoleAction, removeMemberAction, revokeInvitationAction } from "@/lib/members/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { ROLES, ROLE_LABELS } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";

export function ChangeRoleForm({ membershipId, role, name }: { membershipId: string; role: string; name: string }) {
  const [state, action, pending] = useActionState(changeMemberRoleAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <label className="sr-only" htmlFor={`role-${membershipId}`}>
        Role of {name}
      </label>
      <select id={`role-${membershipId}`} name="role" defaultValue={role} className="min-h-9 rounded-md border border-border bg-surface px-2 text-sm">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending}>
        Change role
      </Button>
      {state.message ? (
        <span role="status" className={`text-xs ${state.ok ? "text-ok" : "text-danger"}`}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

export function RemoveMemberForm({ membershipId, name }: { membershipId: string; name: string }) {
  const [state, action, pending] = useActionState(removeMemberAction, initialFormState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm(`Remove ${name}? Their sessions end at once.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="membershipId" value={membershipId} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={`Remove ${name}`}>
        Remove
      </Button>
      {state.message && !state.ok ? (
        <span role="alert" className="ml-2 text-xs text-danger">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

export function RevokeInvitationForm({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, action, pending] = useActionState(revokeInvitationAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="invitationId" value={invitationId} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`Revoke invitation for ${email}`}>
        Revoke
      </Button>
      {state.message && !state.ok ? <span role="alert" className="text-xs text-danger">{state.message}</span> : null}
    </form>
  );
}
