"use client";
import { useActionState, useId } from "react";
import { switchOrganizationAction } from "@/lib/members/actions";
import { initialFormState } from "@/lib/actions/form-state";
import type { OrgChoice } from "@/lib/auth/member";

export function OrgSwitcher({ organizations, activeId }: { organizations: OrgChoice[]; activeId: string }) {
  const [state, action, pending] = useActionState(switchOrganizationAction, initialFormState);
  const id = useId();
  if (organizations.length < 2) {
    return <span className="text-sm font-medium">{organizations[0]?.name}</span>;
  }
  return (
    <form action={action} className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Organization
      </label>
      <select
        id={id}
        name="organizationId"
        defaultValue={activeId}
        disabled={pending}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="min-h-9 rounded-md border border-border bg-surface px-2 py-1 text-sm font-medium"
      >
        {organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit">Switch</button>
      </noscript>
      {state.message && !state.ok ? (
        <span role="alert" className="text-xs text-danger">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
