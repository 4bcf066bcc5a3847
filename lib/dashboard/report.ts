// The board report: the dashboard's figures as labelled lines, written once for both the printable
// page and the PDF, so the two (and the dashboard, through lib/dashboard/format.ts) always agree.
// Pure.
import type { CampaignDashboard } from "@/lib/dashboard/campaign-dashboard";
import { formatCount, formatIndex, formatMinutes, formatShare } from "@/lib/dashboard/format";
import { indexSummary } from "@/lib/dashboard/summaries";
import { describeTrend } from "@/lib/learn/trend";
import { formatDate, formatDateTime, formatDuration } from "@/lib/shared/format";

export type ReportRow = { label: string; value: string; note?: string };
export type ReportSection = { title: string; intro?: string; rows: ReportRow[] };

export type BoardReport = {
  title: string;
  campaignTitle: string;
  computedAt: string;
  index: string;
  sparkline: (number | null)[];
  sparklineLabel: string;
  sections: ReportSection[];
};

const day = (d: string) => formatDate(`${d}T00:00:00Z`);

export function boardReport(d: CampaignDashboard): BoardReport {
  const lastBurnup = d.burnup[d.burnup.length - 1];
  const promiseKeeping = d.trust.components.find((c) => c.key === "promiseKeeping");
  return {
    title: "Board report",
    campaignTitle: d.campaign.title,
    computedAt: formatDateTime(d.computedAt),
    index: formatIndex(d.trust.index),
    sparkline: d.series.map((p) => p.index),
    sparklineLabel: indexSummary(d.series),
    sections: [
      {
        title: "Key figures",
        intro: "Each with its change against the previous week.",
        rows: d.keyFigures.map((f) => ({ label: f.label, value: f.value, note: f.change || undefined })),
      },
      {
        title: "Trust Recovery Index and its components",
        intro: "Components without data are marked as such and left out of the index; the others are weighted as shown.",
        rows: [
          { label: "Trust Recovery Index", value: formatIndex(d.trust.index) },
          ...d.trust.components.map((c) => ({
            label: `${c.label} (weight ${c.weight})`,
            value: formatIndex(c.value),
            note: c.explanation,
          })),
        ],
      },
      {
        title: `First response, per week of receipt (SLA ${formatDuration(d.campaign.slaMinutes)})`,
        rows: [...d.responseWeeks].reverse().map((w) => ({
          label: `Week from ${day(w.week.label)}`,
          value: `median ${formatMinutes(w.medianMinutes, "—")}`,
          note: `90th percentile ${formatMinutes(w.p90Minutes, "—")}; ${formatShare(w.withinSlaShare, "no replies")} within the SLA; ${formatCount(w.answered)} of ${formatCount(w.count)} answered.`,
        })),
      },
      {
        title: "Commitments",
        rows: [
          { label: "Made (not dropped)", value: formatCount(lastBurnup?.committed ?? 0) },
          { label: "Due so far", value: formatCount(lastBurnup?.due ?? 0) },
          { label: "Done", value: formatCount(lastBurnup?.done ?? 0) },
          { label: "Kept on time", value: promiseKeeping?.value == null ? formatIndex(null) : `${promiseKeeping.value}%`, note: promiseKeeping?.explanation },
          ...d.elements.map((e) => ({ label: `${e.label}`, value: `${e.commitments} (${e.done} done)`, note: e.commitments ? undefined : "No commitment covers this element." })),
        ],
      },
      {
        title: "Top themes",
        rows: d.themes.length
          ? d.themes.map((t) => ({ label: t.label, value: `${formatCount(t.total)} mentions`, note: describeTrend(t.trend) }))
          : [{ label: "No feedback is tagged with a theme yet.", value: "" }],
      },
      {
        title: "Customer stories",
        rows: [
          { label: "Collected", value: formatCount(d.stories.collected) },
          { label: "Consent granted", value: formatCount(d.stories.granted) },
          { label: "Published with consent", value: formatCount(d.stories.publishedWithConsent) },
        ],
      },
      {
        title: "Needs attention",
        rows: d.attention.length ? d.attention.map((a) => ({ label: a.title, value: "", note: a.detail })) : [{ label: "Nothing is overdue or missing.", value: "" }],
      },
    ],
  };
}
