// Access-matrix cases for API tokens.
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";
import { generateApiToken } from "@/lib/api-tokens/format";
import { uid } from "@/tests/factories";
import type { Case } from "@/tests/support/access-cases/types";

export const API_CASES: Record<string, Case> = {
  "apiToken.create": { crossOrg: false, input: async () => ({ name: `Listener ${uid()}`, scopes: ["feedback:write", "feedback:read"] }) },
  "apiToken.revoke": {
    crossOrg: true,
    input: async (f) => {
      const { token, prefix } = generateApiToken();
      const row = await db.apiToken.create({
        data: { organizationId: f.organizationId, createdById: f.admin.userId, name: `Listener ${uid()}`, prefix, tokenHash: hashToken(token), scopes: "feedback:write" },
      });
      return { tokenId: row.id };
    },
  },
};
