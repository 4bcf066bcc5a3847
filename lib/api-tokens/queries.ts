import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { parseScopes } from "@/lib/api-tokens/scopes";

export async function listApiTokens(member: Member) {
  const rows = await db.apiToken.findMany({
    where: { organizationId: member.organizationId },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
    // Active tokens first, newest first; an organization keeps a handful, so one page of 200.
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
  });
  return rows.map((r) => ({ ...r, scopes: parseScopes(r.scopes) }));
}
