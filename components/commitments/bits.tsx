import { Badge } from "@/components/ui/card";
import { STATUS_LABELS, dueLabel, isOverdue, type CommitmentStatusValue } from "@/lib/commitments/status";
import { TRUST_ELEMENT_INFO, type TrustElementValue } from "@/lib/commitments/elements";

const STATUS_TONE: Record<CommitmentStatusValue, "neutral" | "info" | "ok" | "danger" | "warn"> = {
  PLANNED: "neutral",
  IN_PROGRESS: "info",
  DONE: "ok",
  MISSED: "danger",
  DROPPED: "warn",
};

export function StatusBadge({ status }: { status: CommitmentStatusValue }) {
  return <Badge tone={STATUS_TONE[status]}>{STATUS_LABELS[status]}</Badge>;
}

// "Overdue by 3 days" in red, "Due in 2 days" plain; nothing for closed commitments.
export function DueText({ c, now }: { c: { dueDate: Date; status: CommitmentStatusValue }; now: Date }) {
  const label = dueLabel(c, now);
  if (!label) return null;
  return isOverdue(c, now) ? <Badge tone="danger">{label}</Badge> : <span className="text-xs text-muted">{label}</span>;
}

export function ElementTag({ element }: { element: TrustElementValue }) {
  const info = TRUST_ELEMENT_INFO[element];
  return <span className="rounded bg-sunken px-1.5 py-0.5 text-xs" title={`${info.question} ${info.explain}`}>{info.label}</span>;
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  return (
    <div className="flex items-center gap-2">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} className="h-2 flex-1 overflow-hidden rounded-full bg-sunken">
        <div className="h-full rounded-full bg-accent" style={{ width: `${value}%` }} />
      </div>
      <span className="w-10 text-right text-xs tabular-nums">{value}%</span>
    </div>
  );
}
