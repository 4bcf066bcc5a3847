import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { hashToken } from "@/lib/auth/tokens";
import { generateApiToken } from "@/lib/api-tokens/format";
import { formatScopes } from "@/lib/api-tokens/scopes";
import { CreateApiTokenInput, RevokeApiTokenInput } from "@/lib/api-tokens/schemas";

export const createApiToken = defineAction({
  name: "apiToken.create",
  permission: "apiToken.manage",
  input: CreateApiTokenInput,
  async run({ tx, member }, input) {
    const clash = await tx.apiToken.findFirst({
      where: { organizationId: member.organizationId, name: input.name, revokedAt: null },
      select: { id: true },
    });
    if (clash) throw new ValidationError("That name is taken.", { name: ["An active token already has this name."] });
    const { token, prefix } = generateApiToken();
    const row = await tx.apiToken.create({
      data: {
        organizationId: member.organizationId,
        createdById: member.userId,
        name: input.name,
        prefix,
        tokenHash: hashToken(token),
        scopes: formatScopes(input.scopes),
      },
    });
    return {
      // The token leaves the server once, in this response; only its hash is stored.
      data: { tokenId: row.id, token, prefix },
      audit: { entityType: "ApiToken", entityId: row.id, after: { name: row.name, prefix, scopes: row.scopes } },
      message: `Token "${row.name}" created. Copy it now: it is shown only once.`,
    };
  },
});

export const revokeApiToken = defineAction({
  name: "apiToken.revoke",
  permission: "apiToken.manage",
  input: RevokeApiTokenInput,
  async run({ tx, member }, input) {
    const before = await tx.apiToken.findFirst({
      where: { id: input.tokenId, organizationId: member.organizationId, revokedAt: null },
      select: { id: true, name: true, prefix: true, scopes: true },
    });
    const revokedAt = new Date();
    const { count } = await tx.apiToken.updateMany({
      where: { id: input.tokenId, organizationId: member.organizationId, revokedAt: null },
      data: { revokedAt },
    });
    if (!before || count === 0) throw new NotFoundError("Token not found or already revoked.");
    return {
      data: { tokenId: before.id },
      audit: { entityType: "ApiToken", entityId: before.id, before, after: { ...before, revokedAt } },
      message: `Token "${before.name}" revoked. Requests with it are refused from now on.`,
    };
  },
});
