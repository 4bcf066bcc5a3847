import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { needsSetup } from "@/lib/setup/first-run";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string }> }) {
  if (await needsSetup()) redirect("/setup");
  const { next, email } = await searchParams;
  return (
    <Card>
      <h1 className="mb-4 text-2xl font-semibold">Sign in</h1>
      <SignInForm next={typeof next === "string" ? next : undefined} email={typeof email === "string" ? email : undefined} />
      <p className="mt-4 text-sm text-muted">No account? Ask an admin of your organization for an invitation link.</p>
    </Card>
  );
}
