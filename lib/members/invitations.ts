import "server-only";
import { defineAction, definePublicAction } from "@/lib/actions/define-action";
import { NotFoundError, ValidationError, UnauthenticatedError } from "@/lib/errors";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AcceptInvitationInput, InviteMemberInput, NewAccountInput, RevokeInvitationInput } from "@/lib/members/schemas";
import type { Tx } from "@/lib/db";

export const INVITATION_TTL_DAYS = 7;

export const inviteMember = defineAction({
  name: "member.invite",
  permission: "member.invite",
  input: InviteMemberInput,
  async run({ tx, member }, input) {
    const existing = await tx.membership.findFirst({
      where: { organizationId: member.organizationId, user: { email: input.email } },
      select: { id: true },
    });
    if (existing) throw new ValidationError("Already a member.", { email: ["This person is already a member."] });
    const token = newToken();
    const invitation = await tx.invitation.create({
      data: {
        organizationId: member.organizationId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: member.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
      },
    });
    return {
      // The token leaves the server once, in this response; only its hash is stored.
      data: { invitationId: invitation.id, token },
      audit: { entityType: "Invitation", entityId: invitation.id, after: { email: input.email, role: input.role, expiresAt: invitation.expiresAt } },
      message: `Invitation created for ${input.email}. Copy the link below: it is shown only once.`,
    };
  },
});

export const revokeInvitation = defineAction({
  name: "member.revokeInvitation",
  permission: "member.invite",
  input: RevokeInvitationInput,
  async run({ tx, member }, input) {
    const { count } = await tx.invitation.updateMany({
      where: { id: input.invitationId, organizationId: member.organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("Invitation not found or already used.");
    return { data: null, audit: { entityType: "Invitation", entityId: input.invitationId }, message: "Invitation revoked." };
  },
});

// Why an invitation cannot be used, in words for the person holding the link; null when usable.
export function invitationProblem(inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null, now = new Date()) {
  if (!inv) return "This invitation link is not valid.";
  if (inv.acceptedAt) return "This invitation has already been used.";
  if (inv.revokedAt) return "This invitation was revoked. Ask an admin for a new one.";
  if (inv.expiresAt <= now) return "This invitation has expired. Ask an admin for a new one.";
  return null;
}

async function findUsableInvitation(tx: Tx, token: string) {
  const inv = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { organization: true } });
  const problem = invitationProblem(inv);
  if (problem || !inv) throw new ValidationError(problem ?? "This invitation link is not valid.", { token: [problem ?? ""] });
  return inv;
}

// Accepting creates the account (name + new password) or, for an existing account, proves it
// with that account's password. Single use: the invitation is consumed in the same transaction.
export const acceptInvitation = definePublicAction({
  name: "member.acceptInvitation",
  input: AcceptInvitationInput,
  async run({ tx }, input) {
    const inv = await findUsableInvitation(tx, input.token);
    let user = await tx.user.findUnique({ where: { email: inv.email } });
    if (user) {
      if (!(await verifyPassword(input.password, user.passwordHash))) {
        throw new UnauthenticatedError("That password does not match the existing account for this email.");
      }
    } else {
      const account = NewAccountInput.safeParse({ name: input.name ?? "", password: input.password });
      if (!account.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of account.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
        throw new ValidationError("Please correct the highlighted fields.", fieldErrors);
      }
      user = await tx.user.create({
        data: { email: inv.email, name: account.data.name, passwordHash: await hashPassword(account.data.password) },
      });
    }
    const claimed = await tx.invitation.updateMany({
      where: { id: inv.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedById: user.id },
    });
    if (claimed.count === 0) throw new ValidationError("This invitation has already been used.");
    const already = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId: inv.organizationId, userId: user.id } } });
    const membership =
      already ?? (await tx.membership.create({ data: { organizationId: inv.organizationId, userId: user.id, role: inv.role } }));
    await tx.user.update({ where: { id: user.id }, data: { activeOrganizationId: inv.organizationId } });
    return {
      data: { email: user.email, organizationName: inv.organization.name },
      audit: {
        organizationId: inv.organizationId,
        actorId: user.id,
        actorLabel: user.email,
        entityType: "Membership",
        entityId: membership.id,
        after: { userId: user.id, role: membership.role },
      },
      message: `Welcome to ${inv.organization.name}.`,
    };
  },
});
