import type { BoardReport } from "@/lib/dashboard/report";
import { TRUST_INDEX_MARKDOWN } from "@/lib/dashboard/trust-index";
import { Markdown } from "@/components/dashboard/markdown";
import { Sparkline } from "@/components/dashboard/sparkline";

// Printed on A4, black on white, no navigation: the print rules are in app/globals.css.
export function BoardReportView({ report }: { report: BoardReport }) {
  return (
    <article className="board-report mx-auto flex max-w-3xl flex-col gap-6 rounded-lg border border-border bg-surface p-6 print:border-0 print:p-0" aria-labelledby="report-title">
      <header className="flex flex-col gap-1 border-b border-border pb-4">
        <span aria-hidden="true" className="inline-block h-1.5 w-10 rounded-full bg-gold" />
        <h1 id="report-title" className="text-2xl font-semibold">
          {report.title}: {report.campaignTitle}
        </h1>
        <p className="text-sm text-muted" data-testid="report-computed-at">Figures computed {report.computedAt}.</p>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <p className="text-lg font-semibold">
            Trust Recovery Index: <span data-testid="report-index">{report.index}</span>
          </p>
          <Sparkline values={report.sparkline} label={report.sparklineLabel} width={260} height={44} />
        </div>
        <p className="text-sm text-muted">{report.sparklineLabel}</p>
      </header>
      {report.sections.map((s) => (
        <section key={s.title} aria-label={s.title}>
          <h2 className="text-lg font-semibold">{s.title}</h2>
          {s.intro ? <p className="text-sm text-muted">{s.intro}</p> : null}
          <table className="mt-2 w-full text-left text-sm">
            <tbody>
              {s.rows.map((r, i) => (
                <tr key={`${r.label}-${i}`} className="border-b border-border align-top">
                  <th scope="row" className="py-1.5 pr-4 font-normal">
                    {r.label}
                    {r.note ? <span className="block text-xs text-muted">{r.note}</span> : null}
                  </th>
                  <td className="py-1.5 text-right font-semibold tabular-nums whitespace-nowrap">{r.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section aria-label="How the index is computed" className="border-t border-border pt-4">
        <Markdown source={TRUST_INDEX_MARKDOWN} baseLevel={2} />
      </section>
    </article>
  );
}
