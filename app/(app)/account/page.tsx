import type { Metadata } from "next";
import { requireMemberPage } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/auth/member";
import { ROLE_LABELS, isRole } from "@/lib/auth/permissions";
import { Card, PageHeader } from "@/components/ui/card";
import { SignOutEverywhere } from "@/components/members/sign-out-everywhere";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const member = await requireMemberPage();
  const orgs = await listOrganizations(member.userId);
  return (
    <>
      <PageHeader title="Your account" description={`${member.name} · ${member.email}`} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Your organizations</h2>
          <ul className="text-sm">
            {orgs.map((o) => (
              <li key={o.id} className="py-1">
                {o.name} — {isRole(o.role) ? ROLE_LABELS[o.role] : "no role"}
                {o.id === member.organizationId ? <span className="text-muted"> (current)</span> : null}
              </li>
            ))}
          </ul>
          {orgs.length > 1 ? <p className="mt-2 text-sm text-muted">Switch with the selector at the top of the page.</p> : null}
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Sessions</h2>
          <SignOutEverywhere />
        </Card>
      </div>
    </>
  );
}
