import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { hashToken } from "@/lib/auth/tokens";
import { invitationProblem } from "@/lib/members/invitations";

export async function listMembers(member: Member) {
  return db.membership.findMany({
    where: { organizationId: member.organizationId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
}

export async function listPendingInvitations(member: Member) {
  return db.invitation.findMany({
    where: { organizationId: member.organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
}

// What the invitation page shows before anyone signs in: only the organization name, email and role.
export async function describeInvitation(token: string) {
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, role: true, acceptedAt: true, revokedAt: true, expiresAt: true, organization: { select: { name: true } } },
  });
  const problem = invitationProblem(inv);
  if (problem || !inv) return { problem: problem ?? "This invitation link is not valid." } as const;
  const hasAccount = (await db.user.count({ where: { email: inv.email } })) > 0;
  return { problem: null, email: inv.email, role: inv.role, organizationName: inv.organization.name, hasAccount } as const;
}
