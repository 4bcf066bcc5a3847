"use client";
import type { ApologyAnalysis, Finding } from "@/lib/apology/analysis";

const SEVERITY_STYLE: Record<Finding["severity"], string> = {
  high: "bg-danger-bg text-danger",
  medium: "bg-warn-bg text-warn",
  low: "bg-sunken text-fg",
};

function scoreTone(score: number) {
  if (score >= 80) return "text-ok";
  if (score >= 50) return "text-warn";
  return "text-danger";
}

type Props = {
  analysis: ApologyAnalysis | null;
  formula: string;
  onReplace: (finding: Finding) => void;
  onFocusFinding: (finding: Finding | null) => void;
};

export function AnalysisPanel({ analysis, formula, onReplace, onFocusFinding }: Props) {
  if (!analysis) return <p className="text-sm text-muted">Analysing…</p>;
  return (
    <div className="flex flex-col gap-5">
      <div>
        <p className="text-sm text-muted">Sincerity score</p>
        <p className={`text-4xl font-bold ${scoreTone(analysis.score)}`} data-testid="sincerity-score">
          {analysis.score}
          <span className="text-base font-normal text-muted"> / 100</span>
        </p>
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer underline">How is this scored?</summary>
          <div className="mt-2 whitespace-pre-line rounded-md bg-sunken p-3 text-xs">{formula}</div>
        </details>
      </div>

      <section aria-labelledby="elements-heading">
        <h3 id="elements-heading" className="mb-2 font-semibold">What a sincere apology says</h3>
        <ul className="flex flex-col gap-1 text-sm">
          {analysis.elements.map((e) => (
            <li key={e.key} className="flex gap-2" title={e.why}>
              <span aria-hidden="true" className={e.present ? "text-ok" : "text-danger"}>{e.present ? "✓" : "✗"}</span>
              <span>
                <span className="sr-only">{e.present ? "Present: " : "Missing: "}</span>
                {e.label}
                {!e.present ? <span className="block text-xs text-muted">{e.why}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="findings-heading">
        <h3 id="findings-heading" className="mb-2 font-semibold">
          Findings <span className="text-sm font-normal text-muted">({analysis.findings.length})</span>
        </h3>
        {analysis.findings.length === 0 ? (
          <p className="text-sm text-muted">No red flags found.</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="findings">
            {analysis.findings.map((f) => (
              <li
                key={f.id}
                className="rounded-md border border-border p-3 text-sm"
                data-rule={f.rule}
                onMouseEnter={() => onFocusFinding(f)}
                onMouseLeave={() => onFocusFinding(null)}
                onFocus={() => onFocusFinding(f)}
                onBlur={() => onFocusFinding(null)}
              >
                <p className="flex flex-wrap items-center gap-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${SEVERITY_STYLE[f.severity]}`}>{f.severity}</span>
                  <span className="font-medium">{f.rule.replace(/-/g, " ")}</span>
                </p>
                <p className="mt-1">“{f.text}”</p>
                <p className="mt-1 text-muted">{f.reason}</p>
                <p className="mt-1">
                  <span className="font-medium">Better: </span>
                  {f.suggestion}
                </p>
                {f.replacement !== undefined ? (
                  <button type="button" className="mt-2 rounded-md border border-border px-2 py-1 text-xs hover:bg-sunken" onClick={() => onReplace(f)}>
                    Replace with “{f.replacement}”
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
