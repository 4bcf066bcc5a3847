import type { Metadata } from "next";
import { headers } from "next/headers";
import { requireMemberPage } from "@/lib/auth/session";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { listMembers, listPendingInvitations } from "@/lib/members/queries";
import { formatDate } from "@/lib/shared/format";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { InviteForm } from "@/components/members/invite-form";
import { ChangeRoleForm, RemoveMemberForm, RevokeInvitationForm } from "@/components/members/member-row-actions";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const member = await requireMemberPage();
  if (!can(member.role, "member.read")) return <EmptyState title="You cannot see the member list" />;
  const admin = can(member.role, "member.invite");
  const [members, invitations, h] = await Promise.all([
    listMembers(member),
    admin ? listPendingInvitations(member) : Promise.resolve([]),
    headers(),
  ]);
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  return (
    <>
      <PageHeader title="Members" description={`Who works on ${member.organizationName}'s campaigns, and what each role may do.`} />
      {admin ? (
        <Card className="mb-6">
          <h2 className="mb-3 text-lg font-semibold">Invite someone</h2>
          <InviteForm origin={origin} />
        </Card>
      ) : null}
      <Card className="mb-6">
        <h2 className="mb-3 text-lg font-semibold">Members ({members.length})</h2>
        <ul className="divide-y divide-border">
          {members.map((m) => (
            <li key={m.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="member-row">
              <div>
                <p className="font-medium">
                  {m.user.name} {m.userId === member.userId ? <span className="text-sm text-muted">(you)</span> : null}
                </p>
                <p className="text-sm text-muted">
                  {m.user.email} · {ROLE_LABELS[m.role]}
                </p>
              </div>
              {admin ? (
                <div className="flex flex-wrap items-center gap-2">
                  <ChangeRoleForm membershipId={m.id} role={m.role} name={m.user.name} />
                  <RemoveMemberForm membershipId={m.id} name={m.user.name} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
      {admin ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Pending invitations</h2>
          {invitations.length === 0 ? (
            <p className="text-sm text-muted">No pending invitations. Invite someone above.</p>
          ) : (
            <ul className="divide-y divide-border">
              {invitations.map((i) => (
                <li key={i.id} className="flex items-center justify-between py-2 text-sm">
                  <span>
                    {i.email} · {ROLE_LABELS[i.role]} · expires {formatDate(i.expiresAt)}
                  </span>
                  <RevokeInvitationForm invitationId={i.id} email={i.email} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}
    </>
  );
}
