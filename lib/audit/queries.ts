import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = { action?: string; entityType?: string; actor?: string; cursor?: string };

export async function listAuditEvents(member: Member, filter: AuditFilter) {
  const rows = await db.auditEvent.findMany({
    where: {
      organizationId: member.organizationId,
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.actor ? { actorLabel: { contains: filter.actor } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
  });
  return {
    events: rows.slice(0, AUDIT_PAGE_SIZE),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1].id : null,
  };
}

export async function auditFacets(member: Member) {
  const [actions, entities] = await Promise.all([
    db.auditEvent.groupBy({ by: ["action"], where: { organizationId: member.organizationId }, orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["entityType"], where: { organizationId: member.organizationId }, orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: entities.map((e) => e.entityType) };
}
