import type { ReactNode } from "react";

// A chart with its text alternatives: a caption that says what it shows (also the chart's
// accessible name) and the data as a table under "Show the data".
export function ChartFigure({ id, title, summary, chart, table, children }: { id: string; title: string; summary: string; chart: ReactNode; table: ReactNode; children?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-border bg-surface p-4 break-inside-avoid" data-testid={id}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      <figure className="mt-3">
        <div role="img" aria-labelledby={`${id}-caption`} className="h-56 w-full">
          {chart}
        </div>
        <figcaption id={`${id}-caption`} className="mt-2 text-sm text-muted">
          {summary}
        </figcaption>
      </figure>
      {children}
      <details className="mt-3">
        <summary className="cursor-pointer text-sm underline">Show the data</summary>
        <div className="mt-2">{table}</div>
      </details>
    </section>
  );
}
