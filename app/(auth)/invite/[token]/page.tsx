import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { describeInvitation } from "@/lib/members/queries";
import { ROLE_LABELS } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Join your team", referrer: "no-referrer" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await describeInvitation(token);
  if (invitation.problem !== null) {
    return (
      <Card>
        <h1 className="text-2xl font-semibold">This invitation cannot be used</h1>
        <p className="mt-2 text-sm" role="alert">{invitation.problem}</p>
        <p className="mt-4 text-sm">
          <Link href="/sign-in" className="underline">Go to sign in</Link>
        </p>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="text-2xl font-semibold">Join {invitation.organizationName}</h1>
      <p className="mb-6 mt-1 text-sm text-muted">
        You were invited as <strong>{ROLE_LABELS[invitation.role]}</strong>.
      </p>
      <AcceptInvitationForm token={token} email={invitation.email} hasAccount={invitation.hasAccount} />
    </Card>
  );
}
