import { TRUST_INDEX_MARKDOWN, type TrustComponentKey, type TrustIndex } from "@/lib/dashboard/trust-index";
import { formatIndex } from "@/lib/dashboard/format";
import { sparklineLabel } from "@/lib/dashboard/summaries";
import { Markdown } from "@/components/dashboard/markdown";
import { Sparkline } from "@/components/dashboard/sparkline";

// The index today, each component with its value (or "no data yet"), its share of the index, its
// reason in words and its line over the period, and how the whole is computed.
export function TrustPanel({ trust, series }: { trust: TrustIndex; series: ({ index: number | null } & Record<TrustComponentKey, number | null>)[] }) {
  return (
    <section aria-labelledby="trust-heading" className="rounded-lg border border-border bg-surface p-4 break-inside-avoid">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="trust-heading" className="text-lg font-semibold">
            Trust Recovery Index
          </h2>
          <p className="text-sm text-muted">0–100; 50 on sentiment means no change since the first week.</p>
        </div>
        <p className="text-right">
          <span className="block text-5xl font-semibold tabular-nums" data-testid="trust-index">
            {formatIndex(trust.index)}
          </span>
          <span className="text-xs text-muted">today</span>
        </p>
      </div>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">The components of the index</caption>
        <thead>
          <tr className="border-b border-border text-xs text-muted">
            <th scope="col" className="py-1 pr-3">Component</th>
            <th scope="col" className="py-1 pr-3 text-right">Value</th>
            <th scope="col" className="py-1 pr-3 text-right">Share of the index</th>
            <th scope="col" className="hidden py-1 pr-3 md:table-cell">Over the period</th>
            <th scope="col" className="py-1">Why</th>
          </tr>
        </thead>
        <tbody>
          {trust.components.map((c) => (
            <tr key={c.key} className="border-b border-border align-top">
              <th scope="row" className="py-2 pr-3 font-medium">{c.label}</th>
              <td className="py-2 pr-3 text-right tabular-nums" data-testid={`component-${c.key}`}>
                {c.value === null ? <span className="text-muted">{formatIndex(null)}</span> : c.value}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {c.value === null ? "—" : `${Math.round(c.effectiveWeight * 100)}%`}
                <span className="block text-xs text-muted">weight {c.weight}</span>
              </td>
              <td className="hidden py-2 pr-3 md:table-cell">
                <Sparkline values={series.map((p) => p[c.key])} label={sparklineLabel(c.label, series.map((p) => p[c.key]))} />
              </td>
              <td className="py-2 text-muted">{c.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="mt-4 no-print">
        <summary className="cursor-pointer text-sm font-medium underline">How is this computed?</summary>
        <div className="mt-3">
          <Markdown source={TRUST_INDEX_MARKDOWN} />
        </div>
      </details>
    </section>
  );
}
