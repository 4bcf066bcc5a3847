import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";
import { countRange, seriesRange } from "@/lib/dashboard/days";
import { collectSnapshots, emptySnapshot, snapshotSql, type SnapshotRow } from "@/lib/dashboard/snapshot-queries";
import { loadDailyCounts, seriesFromCounts } from "@/lib/dashboard/queries";
import { sortCampaignRows, type OrgCampaignRow, type OrgSort, type SortDir } from "@/lib/dashboard/org-sort";

// Every campaign of the organization side by side: the same daily statements as a campaign's
// dashboard, run once for all the campaigns, plus one snapshot statement.

export const ORG_CAMPAIGN_LIMIT = 60;

export type OrganizationDashboard = { rows: OrgCampaignRow[]; computedAt: Date; total: number };

export async function loadOrganizationDashboard(
  member: Member,
  now = new Date(),
  order: { sort: OrgSort; dir: SortDir } = { sort: "index", dir: "asc" },
): Promise<OrganizationDashboard> {
  if (!can(member.role, "dashboard.read")) throw new ForbiddenError("The dashboard is for admins, managers and executives.");
  const where = { organizationId: member.organizationId };
  const [campaigns, total] = await Promise.all([
    db.campaign.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: ORG_CAMPAIGN_LIMIT,
      select: { id: true, organizationId: true, slug: true, title: true, status: true, occurredAt: true },
    }),
    db.campaign.count({ where }),
  ]);
  const ids = campaigns.map((c) => c.id);
  // One range for all: the last SERIES_DAYS days; each campaign's series starts at its first day.
  const range = countRange(seriesRange(new Date(0), now));
  const scope = { organizationId: member.organizationId, campaignIds: ids };
  const [counts, snapshotRows] = await Promise.all([
    loadDailyCounts(scope, range, now),
    ids.length ? db.$queryRaw<SnapshotRow[]>(snapshotSql(scope, now)) : Promise.resolve([]),
  ]);
  const snapshots = collectSnapshots(ids, snapshotRows);
  const rows = campaigns.map((c): OrgCampaignRow => {
    const points = seriesFromCounts(c, counts.get(c.id)!, range, now);
    const today = points[points.length - 1];
    const weekAgo = points.length > 7 ? points[points.length - 8] : null;
    const snapshot = snapshots.get(c.id) ?? emptySnapshot();
    return {
      id: c.id,
      slug: c.slug,
      title: c.title,
      status: c.status,
      occurredAt: c.occurredAt,
      index: today.trust.index,
      indexWeekAgo: weekAgo?.trust.index ?? null,
      sparkline: points.map((p) => p.trust.index),
      sparkFrom: points[0].day,
      openFeedback: snapshot.openFeedback,
      pastSla: snapshot.pastSla,
      overdueCommitments: snapshot.overdueCommitments,
      promiseKeeping: today.trust.components.find((x) => x.key === "promiseKeeping")?.value ?? null,
      receivedThisWeek: today.inputs.sentiment.windowTotal,
      publishedStories: today.inputs.stories.publishedWithConsent,
    };
  });
  return { rows: sortCampaignRows(rows, order.sort, order.dir), computedAt: now, total };
}
