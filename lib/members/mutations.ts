import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Tx } from "@/lib/db";
import { ChangeRoleInput, RemoveMemberInput, SignOutEverywhereInput, SwitchOrganizationInput } from "@/lib/members/schemas";

async function assertNotLastAdmin(tx: Tx, organizationId: string, membershipId: string) {
  const admins = await tx.membership.count({ where: { organizationId, role: "ADMIN", id: { not: membershipId } } });
  if (admins === 0) {
    throw new ValidationError("An organization needs at least one admin.", {
      role: ["Make someone else an admin first."],
    });
  }
}

export const changeMemberRole = defineAction({
  name: "member.changeRole",
  permission: "member.changeRole",
  input: ChangeRoleInput,
  async run({ tx, member }, input) {
    const before = await tx.membership.findFirst({ where: { id: input.membershipId, organizationId: member.organizationId } });
    if (!before) throw new NotFoundError("Member not found.");
    if (before.role === "ADMIN" && input.role !== "ADMIN") await assertNotLastAdmin(tx, member.organizationId, before.id);
    // Roles are read from the database on every request, so the change applies at once.
    await tx.membership.update({ where: { id: before.id }, data: { role: input.role, version: { increment: 1 } } });
    return {
      data: null,
      audit: { entityType: "Membership", entityId: before.id, before: { role: before.role }, after: { role: input.role } },
      message: "Role changed.",
    };
  },
});

export const removeMember = defineAction({
  name: "member.remove",
  permission: "member.remove",
  input: RemoveMemberInput,
  async run({ tx, member }, input) {
    const before = await tx.membership.findFirst({
      where: { id: input.membershipId, organizationId: member.organizationId },
      include: { user: { select: { email: true } } },
    });
    if (!before) throw new NotFoundError("Member not found.");
    if (before.role === "ADMIN") await assertNotLastAdmin(tx, member.organizationId, before.id);
    await tx.membership.delete({ where: { id: before.id } });
    // End their sessions at once: every token they hold carries the old sessionVersion.
    await tx.user.update({
      where: { id: before.userId },
      data: { sessionVersion: { increment: 1 }, activeOrganizationId: null },
    });
    return {
      data: null,
      audit: { entityType: "Membership", entityId: before.id, before: { userId: before.userId, email: before.user.email, role: before.role } },
      message: `${before.user.email} was removed.`,
    };
  },
});

export const switchOrganization = defineAction({
  name: "account.switchOrganization",
  permission: "account.self",
  input: SwitchOrganizationInput,
  async run({ tx, member }, input) {
    const target = await tx.membership.findFirst({
      where: { userId: member.userId, organizationId: input.organizationId },
      include: { organization: { select: { name: true } } },
    });
    if (!target) throw new NotFoundError("Organization not found.");
    await tx.user.update({ where: { id: member.userId }, data: { activeOrganizationId: input.organizationId } });
    return {
      data: { organizationId: input.organizationId },
      audit: { entityType: "User", entityId: member.userId, before: { organizationId: member.organizationId }, after: { organizationId: input.organizationId } },
      message: `Switched to ${target.organization.name}.`,
    };
  },
});

export const signOutEverywhere = defineAction({
  name: "account.signOutEverywhere",
  permission: "account.self",
  input: SignOutEverywhereInput,
  async run({ tx, member }) {
    await tx.user.update({ where: { id: member.userId }, data: { sessionVersion: { increment: 1 } } });
    return { data: null, audit: { entityType: "User", entityId: member.userId }, message: "Signed out on every device." };
  },
});
