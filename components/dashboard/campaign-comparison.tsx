import Link from "next/link";
import { CAMPAIGN_STATUS_LABELS } from "@/lib/campaigns/status";
import { formatCount, formatIndex, pointsChange } from "@/lib/dashboard/format";
import { DEFAULT_DIR, ORG_SORTS, type OrgCampaignRow, type OrgSort, type SortDir } from "@/lib/dashboard/org-sort";
import { sparklineLabel } from "@/lib/dashboard/summaries";
import { formatDate } from "@/lib/shared/format";
import { Sparkline } from "@/components/dashboard/sparkline";

// Every campaign side by side; a column header sorts by it (again: the other way round).
export function CampaignComparison({ rows, sort, dir }: { rows: OrgCampaignRow[]; sort: OrgSort; dir: SortDir }) {
  const header = (key: OrgSort, numeric = true) => {
    const active = key === sort;
    const next = active ? (dir === "asc" ? "desc" : "asc") : DEFAULT_DIR[key];
    return (
      <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined} className={`py-2 pr-3 ${numeric ? "text-right" : ""}`}>
        <Link href={`/dashboard?sort=${key}&dir=${next}`} className="underline decoration-dotted underline-offset-2 hover:decoration-solid">
          {ORG_SORTS[key]}
          {active ? <span aria-hidden="true">{dir === "asc" ? " ↑" : " ↓"}</span> : null}
        </Link>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface" tabIndex={0} role="region" aria-label="Campaigns compared">
      <table className="w-full min-w-[56rem] text-left text-sm" data-testid="campaign-comparison">
        <caption className="sr-only">Campaigns compared; the sorted column is marked.</caption>
        <thead>
          <tr className="border-b border-border text-xs text-muted">
            {header("title", false)}
            {header("occurred", false)}
            {header("index")}
            <th scope="col" className="py-2 pr-3">Last 8 weeks</th>
            {header("change")}
            {header("open")}
            {header("pastSla")}
            {header("overdue")}
            {header("promises")}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-border" data-testid="comparison-row">
              <th scope="row" className="py-2 pr-3 font-medium">
                <Link href={`/campaigns/${r.slug}/dashboard`} className="underline">{r.title}</Link>
                <span className="block text-xs font-normal text-muted">{CAMPAIGN_STATUS_LABELS[r.status as keyof typeof CAMPAIGN_STATUS_LABELS] ?? r.status}</span>
              </th>
              <td className="py-2 pr-3 whitespace-nowrap">{formatDate(r.occurredAt)}</td>
              <td className="py-2 pr-3 text-right text-lg font-semibold tabular-nums" data-testid="comparison-index">{formatIndex(r.index)}</td>
              <td className="py-2 pr-3">
                <Sparkline values={r.sparkline} label={sparklineLabel(`Index of ${r.title} since ${formatDate(`${r.sparkFrom}T00:00:00Z`)}`, r.sparkline)} />
              </td>
              <td className="py-2 pr-3 text-right text-xs text-muted">{pointsChange(r.index, r.indexWeekAgo) || "—"}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{formatCount(r.openFeedback)}</td>
              <td className={`py-2 pr-3 text-right tabular-nums ${r.pastSla ? "text-danger" : ""}`}>{formatCount(r.pastSla)}</td>
              <td className={`py-2 pr-3 text-right tabular-nums ${r.overdueCommitments ? "text-danger" : ""}`}>{formatCount(r.overdueCommitments)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{r.promiseKeeping === null ? formatIndex(null) : `${r.promiseKeeping}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
