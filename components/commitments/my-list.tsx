import Link from "next/link";
import { formatDate } from "@/lib/shared/format";
import type { CommitmentStatusValue } from "@/lib/commitments/status";
import type { TrustElementValue } from "@/lib/commitments/elements";
import { DueText, ElementTag, ProgressBar, StatusBadge } from "@/components/commitments/bits";

export type MyRow = {
  id: string;
  title: string;
  status: CommitmentStatusValue;
  dueDate: Date;
  progress: number;
  trustElement: TrustElementValue;
  campaign: { slug: string; title: string };
  _count: { evidence: number };
};

// Commitments across campaigns, each with where it belongs and what it still needs.
export function MyCommitmentList({ rows, now, testId }: { rows: MyRow[]; now: Date; testId?: string }) {
  return (
    <ul className="flex flex-col gap-2" data-testid={testId}>
      {rows.map((c) => (
        <li key={c.id} className="grid gap-2 rounded-md border border-border bg-surface p-3 sm:grid-cols-[2fr_1fr]">
          <div className="flex flex-col gap-1">
            <Link className="font-medium underline" href={`/campaigns/${c.campaign.slug}/promises/${c.id}`}>{c.title}</Link>
            <p className="flex flex-wrap items-center gap-2 text-xs text-muted">
              <span>{c.campaign.title}</span>
              <ElementTag element={c.trustElement} />
              <StatusBadge status={c.status} />
              <span>due {formatDate(c.dueDate)}</span>
              <DueText c={c} now={now} />
              {c._count.evidence === 0 && c.status !== "DONE" ? <span className="font-medium text-warn">no evidence yet</span> : null}
            </p>
          </div>
          <ProgressBar value={c.progress} label={`Progress of ${c.title}`} />
        </li>
      ))}
    </ul>
  );
}
