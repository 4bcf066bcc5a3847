import "server-only";
import { num } from "@/lib/db-sql";
import type { DailyScope } from "@/lib/dashboard/daily-queries";
import { campaignsCte, minusMinutes, sql, timestampParam, type Sql } from "@/lib/dashboard/sql";

// Counts of how things stand now, for several campaigns in one statement: commitments by element
// and status, overdue commitments, stories by consent, apology variants by review state, open
// feedback and the part of it past the SLA (as the inbox's "overdue" filter counts it).
export function snapshotSql(scope: DailyScope, now: Date): Sql {
  const at = timestampParam(now);
  const open = sql`f."campaignId" = camp.cid AND f."status" IN ('NEW', 'IN_PROGRESS')`;
  return sql`
    WITH ${campaignsCte(scope.organizationId, scope.campaignIds)}
    SELECT m."campaignId" AS cid, 'commitment' AS kind, CAST(m."trustElement" AS TEXT) AS k, CAST(m."status" AS TEXT) AS k2, COUNT(*) AS n
      FROM "Commitment" m JOIN camp ON camp.cid = m."campaignId" GROUP BY m."campaignId", m."trustElement", m."status"
    UNION ALL
    SELECT m."campaignId", 'overdue', '', '', COUNT(*) FROM "Commitment" m JOIN camp ON camp.cid = m."campaignId"
      WHERE m."status" IN ('PLANNED', 'IN_PROGRESS') AND m."dueDate" < ${at} GROUP BY m."campaignId"
    UNION ALL
    SELECT s."campaignId", 'story', CAST(s."consentStatus" AS TEXT), CASE WHEN s."isPublished" THEN 'published' ELSE '' END, COUNT(*)
      FROM "CustomerStory" s JOIN camp ON camp.cid = s."campaignId" GROUP BY 1, 3, 4
    UNION ALL
    SELECT a."campaignId", 'apology', CAST(a."reviewState" AS TEXT), CASE WHEN a."publishedVersionId" IS NULL THEN '' ELSE 'published' END, COUNT(*)
      FROM "Apology" a JOIN camp ON camp.cid = a."campaignId" GROUP BY 1, 3, 4
    UNION ALL
    SELECT camp.cid, 'open', '', '', (SELECT COUNT(*) FROM "FeedbackItem" f WHERE ${open}) FROM camp
    UNION ALL
    SELECT camp.cid, 'pastSla', '', '', (SELECT COUNT(*) FROM "FeedbackItem" f WHERE ${open} AND f."receivedAt" < ${minusMinutes(at, "camp.sla")}) FROM camp`;
}

export type SnapshotRow = { cid: string; kind: string; k: string; k2: string; n: unknown };

export type Snapshot = {
  commitments: { element: string; status: string; count: number }[];
  overdueCommitments: number;
  stories: { consent: string; published: boolean; count: number }[];
  apologies: { state: string; published: boolean; count: number }[];
  openFeedback: number;
  pastSla: number;
};

export const emptySnapshot = (): Snapshot => ({ commitments: [], overdueCommitments: 0, stories: [], apologies: [], openFeedback: 0, pastSla: 0 });

export function collectSnapshots(campaignIds: string[], rows: SnapshotRow[]): Map<string, Snapshot> {
  const out = new Map(campaignIds.map((id) => [id, emptySnapshot()]));
  for (const r of rows) {
    const s = out.get(r.cid);
    if (!s) continue;
    const n = num(r.n);
    if (r.kind === "commitment") s.commitments.push({ element: r.k, status: r.k2, count: n });
    else if (r.kind === "overdue") s.overdueCommitments = n;
    else if (r.kind === "story") s.stories.push({ consent: r.k, published: r.k2 === "published", count: n });
    else if (r.kind === "apology") s.apologies.push({ state: r.k, published: r.k2 === "published", count: n });
    else if (r.kind === "open") s.openFeedback = n;
    else if (r.kind === "pastSla") s.pastSla = n;
  }
  return out;
}
