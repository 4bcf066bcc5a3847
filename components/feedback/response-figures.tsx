import type { ResponseFigures } from "@/lib/feedback/sla";
import { formatDuration } from "@/lib/shared/format";

const minutes = (m: number | null) => (m === null ? "—" : formatDuration(m));
const share = (s: number | null) => (s === null ? "no replies yet" : `${Math.round(s * 100)}%`);

function Table({ caption, rows }: { caption: string; rows: [string, ResponseFigures][] }) {
  if (rows.length === 0) return null;
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left font-medium">{caption}</caption>
      <thead><tr className="border-b border-border text-xs text-muted">
        <th scope="col" className="py-1 pr-2"> </th><th scope="col" className="py-1 pr-2">Answered</th><th scope="col" className="py-1 pr-2">Median</th><th scope="col" className="py-1 pr-2">90th pct.</th><th scope="col" className="py-1">Within SLA</th>
      </tr></thead>
      <tbody>
        {rows.map(([name, f]) => (
          <tr key={name} className="border-b border-border">
            <th scope="row" className="py-1 pr-2 font-normal">{name}</th>
            <td className="py-1 pr-2">{f.answered} of {f.count}</td>
            <td className="py-1 pr-2">{minutes(f.medianMinutes)}</td>
            <td className="py-1 pr-2">{minutes(f.p90Minutes)}</td>
            <td className="py-1">{share(f.withinSlaShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ResponseFiguresPanel({ overall, byChannel, byResponder, slaMinutes }: { overall: ResponseFigures | undefined; byChannel: [string, ResponseFigures][]; byResponder: [string, ResponseFigures][]; slaMinutes: number }) {
  return (
    <section aria-labelledby="sla-heading" className="rounded-lg border border-border bg-surface p-4">
      <h2 id="sla-heading" className="font-semibold">First response against the {formatDuration(slaMinutes)} SLA</h2>
      <dl className="mt-3 grid grid-cols-3 gap-3" data-testid="sla-figures">
        <div><dt className="text-xs text-muted">Median</dt><dd className="text-2xl font-semibold" data-testid="sla-median">{minutes(overall?.medianMinutes ?? null)}</dd></div>
        <div><dt className="text-xs text-muted">90th percentile</dt><dd className="text-2xl font-semibold">{minutes(overall?.p90Minutes ?? null)}</dd></div>
        <div><dt className="text-xs text-muted">Answered within SLA</dt><dd className="text-2xl font-semibold" data-testid="sla-share">{share(overall?.withinSlaShare ?? null)}</dd></div>
      </dl>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm underline">By channel and by responder</summary>
        <div className="mt-2 grid gap-4 md:grid-cols-2">
          <Table caption="By channel" rows={byChannel} />
          <Table caption="By responder" rows={byResponder} />
        </div>
      </details>
    </section>
  );
}
