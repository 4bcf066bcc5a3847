import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { SetupForm } from "@/components/auth/setup-form";
import { needsSetup } from "@/lib/setup/first-run";

export const metadata: Metadata = { title: "Set up Kintsugi" };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (!(await needsSetup())) redirect("/sign-in");
  return (
    <Card>
      <h1 className="text-2xl font-semibold">Set up Kintsugi</h1>
      <p className="mb-6 mt-1 text-sm text-muted">
        Create your organization and its first admin. You can invite your communications team, managers and executives next.
      </p>
      <SetupForm />
    </Card>
  );
}
