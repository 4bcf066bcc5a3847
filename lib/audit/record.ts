import "server-only";
import type { Tx } from "@/lib/db";
import type { Member } from "@/lib/auth/member";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

// JSON-safe snapshot: dates as ISO strings, secrets dropped.
function snapshot(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v) => (/passwordHash|tokenHash|token$/i.test(key) ? undefined : v)),
  );
}

export async function recordAudit(
  tx: Tx,
  actor: { userId: string | null; label: string; organizationId: string | null },
  entry: AuditEntry,
) {
  await tx.auditEvent.create({
    data: {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: snapshot(entry.before) as never,
      after: snapshot(entry.after) as never,
    },
  });
}

export function memberActor(member: Member) {
  return { userId: member.userId, label: member.email, organizationId: member.organizationId };
}
