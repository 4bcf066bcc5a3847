"use client";
import { useActionState, useEffect, useRef } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { acceptInvitationAction } from "@/lib/members/actions";
import { fieldError, initialFormState } from "@/lib/actions/form-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function AcceptInvitationForm({ token, email, hasAccount }: { token: string; email: string; hasAccount: boolean }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, initialFormState);
  const password = useRef("");
  const router = useRouter();
  useEffect(() => {
    if (!state.ok) return;
    void signIn("credentials", { email, password: password.current, redirect: false }).then(() => {
      router.replace("/campaigns");
      router.refresh();
    });
  }, [state, email, router]);
  return (
    <form action={action} noValidate className="flex flex-col gap-4" onSubmit={(e) => (password.current = String(new FormData(e.currentTarget).get("password") ?? ""))}>
      <input type="hidden" name="token" value={token} />
      <Field id="email" label="Email">
        <TextInput id="email" type="email" value={email} readOnly autoComplete="username" />
      </Field>
      {hasAccount ? null : (
        <Field id="name" label="Your name" required error={fieldError(state, "name")}>
          <TextInput id="name" required autoComplete="name" maxLength={120} defaultValue={state.values?.name} error={fieldError(state, "name")} />
        </Field>
      )}
      <Field
        id="password"
        label={hasAccount ? "Your existing password" : "Choose a password"}
        required
        hint={hasAccount ? "You already have a Kintsugi account: confirm it is you." : `At least ${MIN_PASSWORD_LENGTH} characters; a passphrase is best.`}
        error={fieldError(state, "password")}
      >
        <TextInput id="password" type="password" required autoComplete={hasAccount ? "current-password" : "new-password"} hasHint error={fieldError(state, "password")} />
      </Field>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending || state.ok}>
        {pending ? "Joining…" : "Accept invitation"}
      </Button>
    </form>
  );
}
