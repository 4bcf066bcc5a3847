import Link from "next/link";
import { STATUS_LABELS, type CommitmentStatusValue } from "@/lib/commitments/status";
import { formatDate } from "@/lib/shared/format";
import { DueText, ElementTag, ProgressBar } from "@/components/commitments/bits";
import type { TrustElementValue } from "@/lib/commitments/elements";

export type Card = {
  id: string;
  title: string;
  status: CommitmentStatusValue;
  dueDate: Date;
  progress: number;
  trustElement: TrustElementValue;
  isPublic: boolean;
  owner: { id: string; name: string } | null;
  _count: { evidence: number };
};

export function CommitmentCard({ c, base, now }: { c: Card; base: string; now: Date }) {
  return (
    <article className="flex flex-col gap-2 rounded-md border border-border bg-surface p-3" data-testid="commitment-card">
      <h4 className="text-sm font-medium"><Link className="underline" href={`${base}/${c.id}`}>{c.title}</Link></h4>
      <p className="flex flex-wrap items-center gap-1 text-xs">
        <ElementTag element={c.trustElement} />
        <span className="text-muted">{c.isPublic ? "public" : "internal"}</span>
      </p>
      <p className="text-xs text-muted">{c.owner?.name ?? "No owner"} · due {formatDate(c.dueDate)}</p>
      <DueText c={c} now={now} />
      <ProgressBar value={c.progress} label={`Progress of ${c.title}`} />
      <p className="text-xs text-muted">{c._count.evidence ? `${c._count.evidence} piece${c._count.evidence === 1 ? "" : "s"} of evidence` : "No evidence yet"}</p>
    </article>
  );
}

export function CommitmentBoard({ columns, base, now }: { columns: { status: CommitmentStatusValue; count: number; cards: Card[] }[]; base: string; now: Date }) {
  return (
    <div className="grid gap-3 md:grid-cols-5" data-testid="commitment-board">
      {columns.map((col) => (
        <section key={col.status} aria-labelledby={`col-${col.status}`} className="flex flex-col gap-2 rounded-lg bg-sunken p-2" data-status={col.status}>
          <h3 id={`col-${col.status}`} className="px-1 text-sm font-semibold">{STATUS_LABELS[col.status]} <span className="font-normal text-muted">({col.count})</span></h3>
          {col.cards.map((c) => <CommitmentCard key={c.id} c={c} base={base} now={now} />)}
          {col.count > col.cards.length ? <Link className="px-1 text-xs underline" href={`${base}?view=table&status=${col.status}`}>All {col.count} in the table</Link> : null}
        </section>
      ))}
    </div>
  );
}
