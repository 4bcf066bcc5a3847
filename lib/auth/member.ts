import "server-only";
import { db } from "@/lib/db";
import { isRole, type Role } from "@/lib/auth/permissions";

// A signed-in user acting inside one organization with one role: the scope of every query.
export type Member = {
  userId: string;
  name: string;
  email: string;
  organizationId: string;
  organizationSlug: string;
  organizationName: string;
  role: Role;
};

export type OrgChoice = { id: string; slug: string; name: string; role: string };

// The member in the user's active organization, or their first one. Roles are read from the
// database on every request, so a role change takes effect at once.
export async function loadMember(userId: string, preferredOrgId?: string | null): Promise<Member | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      activeOrganizationId: true,
      memberships: {
        select: { role: true, organization: { select: { id: true, slug: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user) return null;
  const wanted = preferredOrgId ?? user.activeOrganizationId;
  const membership =
    user.memberships.find((m) => m.organization.id === wanted) ?? user.memberships[0];
  if (!membership || !isRole(membership.role)) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    organizationId: membership.organization.id,
    organizationSlug: membership.organization.slug,
    organizationName: membership.organization.name,
    role: membership.role,
  };
}

export async function listOrganizations(userId: string): Promise<OrgChoice[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, slug: true, name: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  return rows.map((r) => ({ ...r.organization, role: r.role }));
}
