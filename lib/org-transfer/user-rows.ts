// How a person's row leaves the instance with one organization. Pure.
//
// Members keep their password hash and session version: an export is for moving the organization
// to another instance, and its people must be able to sign in there. People who are no longer
// members but whose name is on the organization's records (an old apology version, an audit event)
// travel without credentials, so an export never hands out a sign-in for someone who left.
// Whichever organization a person last had open elsewhere is not this organization's business.

// Never a valid stored hash: verifyPassword (lib/auth/password.ts) reads "scrypt$N$r$p$salt$key".
export const NO_CREDENTIALS = "!exported-without-credentials";

export function exportedUser(row: Record<string, unknown>, ctx: { organizationId: string; memberIds: Set<string> }): Record<string, unknown> {
  const out = { ...row };
  if (!ctx.memberIds.has(String(row.id))) out.passwordHash = NO_CREDENTIALS;
  if (out.activeOrganizationId !== ctx.organizationId) out.activeOrganizationId = null;
  return out;
}
