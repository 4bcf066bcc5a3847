"use client";
import { useActionState, useId, useState } from "react";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { API_SCOPES, SCOPE_LABELS } from "@/lib/api-tokens/scopes";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createApiTokenAction, initialFormState);
  const [copied, setCopied] = useState<string | null>(null);
  const tokenId = useId();
  const token = state.ok ? (state.data as { token?: string } | undefined)?.token : undefined;
  const scopesError = fieldError(state, "scopes");
  return (
    <div className="flex flex-col gap-4">
      <form action={action} noValidate className="flex flex-col gap-4">
        <Field id="token-name" label="Name" required hint="Say what uses it, e.g. “Brandwatch export”." error={fieldError(state, "name")}>
          <TextInput id="token-name" name="name" required maxLength={80} hasHint error={fieldError(state, "name")} defaultValue={state.ok ? "" : state.values?.name} />
        </Field>
        <fieldset className="flex flex-col gap-2" aria-describedby={scopesError ? "token-scopes-error" : undefined}>
          <legend className="text-sm font-medium">
            Scopes<span aria-hidden="true" className="text-danger"> *</span>
          </legend>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "feedback:write"} className="h-4 w-4 accent-[var(--k-accent)]" />
              <span>
                <code className="font-mono text-xs">{scope}</code> · {SCOPE_LABELS[scope]}
              </span>
            </label>
          ))}
          {scopesError ? (
            <p id="token-scopes-error" className="text-sm text-danger">
              {scopesError}
            </p>
          ) : null}
        </fieldset>
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </Button>
        </div>
      </form>
      <FormMessage state={state} />
      {token ? (
        <div className="flex flex-col gap-2 rounded-md bg-info-bg p-3">
          <label htmlFor={tokenId} className="text-sm font-medium">
            Your new token (shown only this once)
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              id={tokenId}
              readOnly
              value={token}
              className="w-full rounded-md border border-border bg-surface px-2 py-1 font-mono text-xs"
              data-testid="api-token-value"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button
              variant="secondary"
              onClick={() =>
                navigator.clipboard?.writeText(token).then(
                  () => setCopied(token),
                  () => setCopied(null),
                )
              }
            >
              {copied === token ? "Copied" : "Copy"}
            </Button>
          </div>
          <p className="text-xs text-muted">
            Send it as <code className="font-mono">Authorization: Bearer …</code>. The API is described at{" "}
            <a className="underline" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>
            .
          </p>
        </div>
      ) : null}
    </div>
  );
}
