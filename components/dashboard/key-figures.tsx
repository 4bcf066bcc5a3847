import type { KeyFigure } from "@/lib/dashboard/key-figures";

const TONE = { good: "text-ok", bad: "text-danger", neutral: "text-muted" } as const;

// The headline figures, each with its change against the previous week in words.
export function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  return (
    <section aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading" className="sr-only">
        Key figures
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {figures.map((f) => (
          <div key={f.key} className="rounded-lg border border-border bg-surface p-3 break-inside-avoid" data-testid={`key-figure-${f.key}`}>
            <dt className="text-xs text-muted">{f.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`key-figure-${f.key}-value`}>
              {f.value}
            </dd>
            <dd className={`mt-1 text-xs ${TONE[f.tone]}`}>{f.change || "nothing to compare with yet"}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
