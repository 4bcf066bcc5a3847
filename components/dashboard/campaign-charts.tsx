import type { CampaignDashboard } from "@/lib/dashboard/campaign-dashboard";
import { formatCount, formatIndex, formatMinutes, formatShare } from "@/lib/dashboard/format";
import { burnupSummary, indexSummary, responseSummary, sentimentSummary } from "@/lib/dashboard/summaries";
import { formatDate } from "@/lib/shared/format";
import { BurnupChart, IndexChart, ResponseChart, SentimentChart } from "@/components/dashboard/charts";
import { ChartFigure } from "@/components/dashboard/chart-figure";
import { DataTable } from "@/components/dashboard/data-table";

const day = (d: string) => formatDate(`${d}T00:00:00Z`);
const hours = (m: number | null) => (m === null ? null : Math.round((m / 60) * 10) / 10);

export function IndexOverTime({ data }: { data: CampaignDashboard }) {
  return (
    <ChartFigure
      id="index-chart"
      title="The index over time"
      summary={indexSummary(data.series)}
      chart={<IndexChart data={data.series.map((p) => ({ day: p.day, index: p.index }))} />}
      table={
        <DataTable
          caption="The index and its components per day"
          rowKey={(r) => r.day}
          rows={[...data.series].reverse()}
          columns={[
            { header: "Day", cell: (r) => day(r.day) },
            { header: "Index", cell: (r) => formatIndex(r.index), numeric: true },
            { header: "Sentiment", cell: (r) => formatIndex(r.sentimentRecovery), numeric: true },
            { header: "Responsiveness", cell: (r) => formatIndex(r.responsiveness), numeric: true },
            { header: "Promises", cell: (r) => formatIndex(r.promiseKeeping), numeric: true },
            { header: "Evidence", cell: (r) => formatIndex(r.evidenceCoverage), numeric: true },
            { header: "Elements", cell: (r) => formatIndex(r.elementCoverage), numeric: true },
            { header: "Advocacy", cell: (r) => formatIndex(r.advocacy), numeric: true },
          ]}
        />
      }
    />
  );
}

export function SentimentOverTime({ data }: { data: CampaignDashboard }) {
  return (
    <ChartFigure
      id="sentiment-chart"
      title="Sentiment of the feedback, per day"
      summary={sentimentSummary(data.sentiment)}
      chart={<SentimentChart data={data.sentiment} />}
      table={
        <DataTable
          caption="Feedback received per day by sentiment"
          rowKey={(r) => r.day}
          rows={[...data.sentiment].reverse()}
          columns={[
            { header: "Day", cell: (r) => day(r.day) },
            { header: "Negative", cell: (r) => formatCount(r.negative), numeric: true },
            { header: "Neutral", cell: (r) => formatCount(r.neutral), numeric: true },
            { header: "Positive", cell: (r) => formatCount(r.positive), numeric: true },
          ]}
        />
      }
    />
  );
}

export function ResponseTimes({ data }: { data: CampaignDashboard }) {
  const sla = data.campaign.slaMinutes;
  return (
    <ChartFigure
      id="response-chart"
      title="First response, per week of receipt"
      summary={responseSummary(data.responseWeeks, sla)}
      chart={
        <ResponseChart
          slaHours={Math.round((sla / 60) * 10) / 10}
          data={data.responseWeeks.map((w) => ({
            week: w.week.label,
            medianHours: hours(w.medianMinutes),
            p90Hours: hours(w.p90Minutes),
            withinSlaPercent: w.withinSlaShare === null ? null : Math.round(w.withinSlaShare * 100),
          }))}
        />
      }
      table={
        <DataTable
          caption="First-response figures per week"
          rowKey={(r) => r.week.label}
          rows={[...data.responseWeeks].reverse()}
          columns={[
            { header: "Week from", cell: (r) => day(r.week.label) },
            { header: "Received", cell: (r) => formatCount(r.count), numeric: true },
            { header: "Answered", cell: (r) => formatCount(r.answered), numeric: true },
            { header: "Median", cell: (r) => formatMinutes(r.medianMinutes, "—"), numeric: true },
            { header: "90th pct.", cell: (r) => formatMinutes(r.p90Minutes, "—"), numeric: true },
            { header: "Within SLA", cell: (r) => formatShare(r.withinSlaShare, "—"), numeric: true },
          ]}
        />
      }
    />
  );
}

export function CommitmentsBurnup({ data }: { data: CampaignDashboard }) {
  return (
    <ChartFigure
      id="burnup-chart"
      title="Commitments: due against done"
      summary={burnupSummary(data.burnup)}
      chart={<BurnupChart data={data.burnup} />}
      table={
        <DataTable
          caption="Commitments made, due and done as of each day"
          rowKey={(r) => r.day}
          rows={[...data.burnup].reverse()}
          columns={[
            { header: "Day", cell: (r) => day(r.day) },
            { header: "Made", cell: (r) => formatCount(r.committed), numeric: true },
            { header: "Due", cell: (r) => formatCount(r.due), numeric: true },
            { header: "Done", cell: (r) => formatCount(r.done), numeric: true },
          ]}
        />
      }
    />
  );
}
