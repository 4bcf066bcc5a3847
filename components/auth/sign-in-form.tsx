"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";

// Only same-site paths are followed after sign-in, never an absolute URL from the query string.
function safeNext(next: string | undefined) {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/campaigns";
}

export function SignInForm({ next, email: initialEmail }: { next?: string; email?: string }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        setError("");
        const data = new FormData(e.currentTarget);
        // signIn rejects when the network or the server fails; the person still gets an answer.
        const res = await signIn("credentials", {
          email: String(data.get("email") ?? ""),
          password: String(data.get("password") ?? ""),
          redirect: false,
        }).catch(() => null);
        setPending(false);
        if (!res) {
          setError("We could not reach the server. Please check your connection and try again.");
        } else if (res.ok && !res.error) {
          router.replace(safeNext(next));
          router.refresh();
        } else if (res.status === 429) {
          setError("Too many sign-in attempts. Please wait a few minutes and try again.");
        } else {
          setError("That email and password do not match an account.");
        }
      }}
    >
      <Field id="email" label="Email" required>
        <TextInput id="email" type="email" autoComplete="username" required defaultValue={initialEmail} />
      </Field>
      <Field id="password" label="Password" required>
        <TextInput id="password" type="password" autoComplete="current-password" required />
      </Field>
      <div aria-live="assertive" role="alert">
        {error ? <p className="rounded-md bg-danger-bg px-3 py-2 text-sm text-danger">{error}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
