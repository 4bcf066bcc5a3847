import Link from "next/link";
import type { Step } from "@/lib/campaigns/stepper";

const STATUS_TEXT: Record<Step["status"], string> = {
  todo: "Not started",
  active: "In progress",
  attention: "Needs attention",
  done: "Done",
};

const STATUS_STYLE: Record<Step["status"], string> = {
  todo: "border-border",
  active: "border-accent",
  attention: "border-danger",
  done: "border-ok",
};

const DOT: Record<Step["status"], string> = {
  todo: "bg-sunken text-fg",
  active: "bg-accent text-accent-fg",
  attention: "bg-danger text-surface",
  done: "bg-ok text-surface",
};

export function Stepper({ steps, basePath }: { steps: Step[]; basePath: string }) {
  return (
    <ol className="grid gap-3 md:grid-cols-5" aria-label="The five steps of this campaign">
      {steps.map((s) => (
        <li key={s.key}>
          <Link
            href={`${basePath}/${s.path}`}
            className={`flex h-full flex-col gap-2 rounded-lg border-2 bg-surface p-4 hover:bg-sunken ${STATUS_STYLE[s.status]}`}
            data-testid={`step-${s.key}`}
          >
            <span className="flex items-center gap-2">
              <span aria-hidden="true" className={`inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${DOT[s.status]}`}>
                {s.status === "done" ? "✓" : s.number}
              </span>
              <span className="font-semibold">{s.title}</span>
            </span>
            <span className="text-xs font-medium uppercase tracking-wide text-muted">{STATUS_TEXT[s.status]}</span>
            <span className="text-sm">{s.summary}</span>
            <span className="mt-auto text-sm text-muted">Next: {s.next}</span>
          </Link>
        </li>
      ))}
    </ol>
  );
}

export function StepProgress({ steps }: { steps: Step[] }) {
  const done = steps.filter((s) => s.status === "done").length;
  return (
    <div className="flex items-center gap-2" aria-label={`${done} of 5 steps done`}>
      <div className="flex gap-1" aria-hidden="true">
        {steps.map((s) => (
          <span key={s.key} title={`${s.title}: ${s.summary}`} className={`h-2 w-6 rounded-full ${s.status === "done" ? "bg-ok" : s.status === "attention" ? "bg-danger" : s.status === "active" ? "bg-accent" : "bg-sunken"}`} />
        ))}
      </div>
      <span className="text-xs text-muted">{done}/5</span>
    </div>
  );
}
