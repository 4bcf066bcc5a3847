import "server-only";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { definePublicAction } from "@/lib/actions/define-action";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { slugify } from "@/lib/shared/slug";
import { SetupInput } from "@/lib/members/schemas";

// First run: on an empty database anyone who can reach the app creates the organization and its
// first admin. Once an organization exists this path is closed for good.
export async function needsSetup(): Promise<boolean> {
  await connection(); // answered per request, never at build time
  return (await db.organization.count()) === 0;
}

export const completeSetup = definePublicAction({
  name: "setup.complete",
  input: SetupInput,
  async run({ tx }, input) {
    if ((await tx.organization.count()) > 0) throw new ForbiddenError("Kintsugi is already set up. Sign in instead.");
    const slug = input.organizationSlug || slugify(input.organizationName);
    if (!slug) throw new ValidationError("Please choose a short name.", { organizationSlug: ["Use letters or digits."] });
    const passwordHash = await hashPassword(input.password);
    const organization = await tx.organization.create({ data: { name: input.organizationName, slug } });
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, activeOrganizationId: organization.id },
    });
    await tx.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "ADMIN" } });
    return {
      data: { email: user.email },
      audit: {
        organizationId: organization.id,
        actorId: user.id,
        actorLabel: user.email,
        entityType: "Organization",
        entityId: organization.id,
        after: { name: organization.name, slug, admin: user.email },
      },
      message: "Your organization is ready.",
    };
  },
});
