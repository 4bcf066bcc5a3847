import "server-only";
import { db } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import { hashToken } from "@/lib/auth/tokens";
import { bearerToken, parseApiToken } from "@/lib/api-tokens/format";
import { parseScopes, type ApiScope } from "@/lib/api-tokens/scopes";

// Who is calling the API: a token of one organization, with its scopes.
export type ApiPrincipal = { tokenId: string; organizationId: string; name: string; prefix: string; scopes: ApiScope[] };

// "Last used" is a hint for admins deciding what to revoke, not a log: written at most once a
// minute per token (the condition makes concurrent instances agree), never on the hot path twice.
export const LAST_USED_GRANULARITY_MS = 60_000;

const INVALID = "The API token is not valid or was revoked. Create a new one in Settings → API tokens.";

export async function authenticateApiRequest(request: Request, now: Date = new Date()): Promise<ApiPrincipal> {
  const token = bearerToken(request.headers.get("authorization"));
  if (!token) throw new UnauthenticatedError("Send an API token in the Authorization header: Bearer ks_….");
  const parsed = parseApiToken(token);
  if (!parsed) throw new UnauthenticatedError(INVALID);
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, organizationId: true, name: true, prefix: true, scopes: true, lastUsedAt: true, revokedAt: true },
  });
  if (!row || row.revokedAt || row.prefix !== parsed.prefix) throw new UnauthenticatedError(INVALID);
  await touchLastUsed(row.id, row.lastUsedAt, now);
  return { tokenId: row.id, organizationId: row.organizationId, name: row.name, prefix: row.prefix, scopes: parseScopes(row.scopes) };
}

async function touchLastUsed(id: string, lastUsedAt: Date | null, now: Date) {
  const threshold = new Date(now.getTime() - LAST_USED_GRANULARITY_MS);
  if (lastUsedAt && lastUsedAt > threshold) return;
  await db.apiToken.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: threshold } }] },
    data: { lastUsedAt: now },
  });
}
