import "server-only";
import { campaignsCte, raw, sql, timestampParam, type Sql } from "@/lib/dashboard/sql";

// The few records the "needs attention" list names, a handful each, oldest first.

type Scope = { organizationId: string; campaignId: string };

export const ATTENTION_LIMIT = 5;

export type OverdueCommitmentRow = { id: string; title: string; dueDate: Date | string; status: string; owner: string | null };
export type WaitingItemRow = { id: string; authorName: string | null; channel: string; receivedAt: Date | string; excerpt: string };

// Open and past their due date, as lib/commitments/status.ts `isOverdue` has it.
export function overdueCommitmentsSql(scope: Scope, now: Date): Sql {
  return sql`
    WITH ${campaignsCte(scope.organizationId, [scope.campaignId])}
    SELECT m."id" AS id, m."title" AS title, m."dueDate" AS "dueDate", CAST(m."status" AS TEXT) AS status, u."name" AS owner
    FROM camp JOIN "Commitment" m ON m."campaignId" = camp.cid LEFT JOIN "User" u ON u."id" = m."ownerId"
    WHERE m."status" IN ('PLANNED', 'IN_PROGRESS') AND m."dueDate" < ${timestampParam(now)}
    ORDER BY m."dueDate" ASC, m."id" ASC LIMIT ${ATTENTION_LIMIT}`;
}

// Open feedback past the SLA, as the inbox's "overdue" filter counts it. One ordered range per
// status, so each reads its first rows straight from the (campaign, status, received) index
// instead of sorting every waiting item.
export function waitingItemsSql(scope: Scope, slaMinutes: number, now: Date): Sql {
  const cutoff = timestampParam(new Date(now.getTime() - slaMinutes * 60_000));
  const oldest = (status: "NEW" | "IN_PROGRESS") => sql`SELECT * FROM (
      SELECT f."id" AS id, f."authorName" AS "authorName", CAST(f."channel" AS TEXT) AS channel, f."receivedAt" AS "receivedAt", substr(f."text", 1, 160) AS excerpt
      FROM camp JOIN "FeedbackItem" f ON f."campaignId" = camp.cid
      WHERE f."status" = ${raw(`'${status}'`)} AND f."receivedAt" < ${cutoff}
      ORDER BY f."receivedAt" ASC LIMIT ${ATTENTION_LIMIT}) ${raw(status.toLowerCase())}`;
  return sql`
    WITH ${campaignsCte(scope.organizationId, [scope.campaignId])}
    SELECT * FROM (${oldest("NEW")} UNION ALL ${oldest("IN_PROGRESS")}) w ORDER BY w."receivedAt" ASC LIMIT ${ATTENTION_LIMIT}`;
}
