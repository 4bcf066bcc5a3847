import { TRUST_ELEMENT_INFO, coverageWarnings, type ElementCoverage } from "@/lib/commitments/elements";

// The four elements of trust and how many commitments rebuild each; an element with none is flagged.
export function ElementCoverageCard({ coverage }: { coverage: ElementCoverage }) {
  const warnings = coverageWarnings(coverage);
  return (
    <section aria-labelledby="coverage-heading" className="rounded-lg border border-border bg-surface p-4 sm:p-6">
      <h2 id="coverage-heading" className="text-lg font-semibold">The four elements of trust</h2>
      <p className="mt-1 text-sm text-muted">Customers believe a recovery when the promises cover all four (Harvard Business School). Dropped commitments do not count.</p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="element-coverage">
        {coverage.map((c) => {
          const info = TRUST_ELEMENT_INFO[c.element];
          return (
            <li key={c.element} className={`rounded-md border-2 p-3 ${c.missing ? "border-danger" : "border-border"}`} data-element={c.element}>
              <p className="flex items-baseline justify-between gap-2">
                <span className="font-semibold">{info.label}</span>
                <span className={`text-sm ${c.missing ? "font-semibold text-danger" : ""}`}>{c.missing ? "none yet" : `${c.count} commitment${c.count === 1 ? "" : "s"}`}</span>
              </p>
              <p className="mt-1 text-sm font-medium">{info.question}</p>
              <p className="mt-1 text-xs text-muted">{info.explain}</p>
            </li>
          );
        })}
      </ul>
      {warnings.length ? (
        <div role="note" className="mt-3 rounded-md bg-warn-bg p-3 text-sm text-warn">
          <p className="font-semibold">Missing elements</p>
          <ul className="mt-1 list-disc pl-5">{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      ) : null}
    </section>
  );
}
