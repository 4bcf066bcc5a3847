"use client";
import { useActionState, useEffect, useRef } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { completeSetupAction } from "@/lib/members/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function SetupForm() {
  const [state, action, pending] = useActionState(completeSetupAction, initialFormState);
  const password = useRef("");
  const router = useRouter();
  useEffect(() => {
    if (!state.ok) return;
    // Sign the new admin straight in with what they just typed.
    const email = state.values?.email ?? (state.data as { email?: string } | undefined)?.email ?? "";
    void signIn("credentials", { email, password: password.current, redirect: false }).then(() => {
      router.replace("/campaigns");
      router.refresh();
    });
  }, [state, router]);
  const v = state.values ?? {};
  return (
    <form action={action} noValidate className="flex flex-col gap-4" onSubmit={(e) => (password.current = String(new FormData(e.currentTarget).get("password") ?? ""))}>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-sm font-semibold text-muted">Your organization</legend>
        <Field id="organizationName" label="Organization name" required error={fieldError(state, "organizationName")}>
          <TextInput id="organizationName" required maxLength={120} defaultValue={v.organizationName} error={fieldError(state, "organizationName")} />
        </Field>
        <Field id="organizationSlug" label="Short name (optional)" hint="Used in public links, e.g. acme. Made from the name if left empty." error={fieldError(state, "organizationSlug")}>
          <TextInput id="organizationSlug" maxLength={60} defaultValue={v.organizationSlug} hasHint error={fieldError(state, "organizationSlug")} />
        </Field>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-sm font-semibold text-muted">The first admin: you</legend>
        <Field id="name" label="Your name" required error={fieldError(state, "name")}>
          <TextInput id="name" required autoComplete="name" maxLength={120} defaultValue={v.name} error={fieldError(state, "name")} />
        </Field>
        <Field id="email" label="Email" required error={fieldError(state, "email")}>
          <TextInput id="email" type="email" required autoComplete="username" defaultValue={v.email} error={fieldError(state, "email")} />
        </Field>
        <Field id="password" label="Password" required hint={`At least ${MIN_PASSWORD_LENGTH} characters; a passphrase is best.`} error={fieldError(state, "password")}>
          <TextInput id="password" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" hasHint error={fieldError(state, "password")} />
        </Field>
      </fieldset>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending || state.ok}>
        {pending ? "Setting up…" : state.ok ? "Signing you in…" : "Create organization"}
      </Button>
    </form>
  );
}
