import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { emailField, idField, slugField, text } from "@/lib/shared/zod-fields";
import { passwordField } from "@/lib/auth/password-policy";

export const roleField = z.enum(ROLES, { error: "Choose a role." });

export const InviteMemberInput = z.object({ email: emailField, role: roleField });
export type InviteMemberInput = z.infer<typeof InviteMemberInput>;

export const RevokeInvitationInput = z.object({ invitationId: idField });

export const ChangeRoleInput = z.object({ membershipId: idField, role: roleField });
export type ChangeRoleInput = z.infer<typeof ChangeRoleInput>;

export const RemoveMemberInput = z.object({ membershipId: idField });

export const SwitchOrganizationInput = z.object({ organizationId: idField });

export const SignOutEverywhereInput = z.object({});

export const AcceptInvitationInput = z.object({
  token: z.string().trim().min(10, "This invitation link is not valid.").max(200, "This invitation link is not valid."),
  name: z.string().trim().max(120, "Name must be at most 120 characters.").optional(),
  password: z.string().min(1, "Password is required.").max(256, "Use at most 256 characters."),
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;

export const SetupInput = z.object({
  organizationName: text("Organization name", 2, 120),
  organizationSlug: slugField.optional(),
  name: text("Your name", 1, 120),
  email: emailField,
  password: passwordField,
});
export type SetupInput = z.infer<typeof SetupInput>;

export const NewAccountInput = z.object({ name: text("Your name", 1, 120), password: passwordField });
