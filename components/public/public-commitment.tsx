import type { PublicCampaign } from "@/lib/public/queries";
import { formatDate } from "@/lib/shared/format";

type Commitment = PublicCampaign["commitments"][number];

export const TRUST_ELEMENT_TEXT: Record<string, { label: string; meaning: string }> = {
  COMPETENCE: { label: "Competence", meaning: "doing what we do well, on time" },
  MOTIVE: { label: "Motive", meaning: "acting in your interest, not only ours" },
  MEANS: { label: "Means", meaning: "being fair and transparent in how we work" },
  IMPACT: { label: "Impact", meaning: "the real effect of what we do" },
};

const STATUS_TEXT: Record<string, string> = { PLANNED: "Planned", IN_PROGRESS: "In progress", DONE: "Done", MISSED: "Missed", DROPPED: "Dropped" };
const STATUS_TONE: Record<string, string> = { DONE: "bg-ok-bg text-ok", MISSED: "bg-danger-bg text-danger", DROPPED: "bg-sunken text-fg", IN_PROGRESS: "bg-info-bg text-fg", PLANNED: "bg-sunken text-fg" };

function metric(e: Commitment["evidence"][number]) {
  const unit = e.metricUnit ? ` ${e.metricUnit}` : "";
  const parts = [`${e.metricName}: ${e.metricValue}${unit}`];
  if (e.metricBaseline !== null) parts.push(`from ${e.metricBaseline}${unit}`);
  if (e.metricTarget !== null) parts.push(`target ${e.metricTarget}${unit}`);
  if (e.metricAsOf) parts.push(`as of ${formatDate(e.metricAsOf)}`);
  return parts.join(", ");
}

export function PublicCommitment({ c, now }: { c: Commitment; now: Date }) {
  const overdue = c.dueDate < now && (c.status === "PLANNED" || c.status === "IN_PROGRESS");
  const element = TRUST_ELEMENT_TEXT[c.trustElement];
  return (
    <article className="rounded-lg border border-border bg-surface p-5" aria-labelledby={`c-${c.id}`} data-testid="public-commitment">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`c-${c.id}`} className="font-semibold">{c.title}</h3>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[c.status]}`}>{STATUS_TEXT[c.status]}{overdue ? ", overdue" : ""}</span>
      </div>
      <p className="mt-1 text-sm text-muted">
        {element ? <>Trust element: {element.label} ({element.meaning}) · </> : null}
        {c.status === "DONE" && c.completedAt ? `Done on ${formatDate(c.completedAt)}` : `Due ${formatDate(c.dueDate)}`}
      </p>
      {c.description ? <p className="mt-2 whitespace-pre-wrap">{c.description}</p> : null}
      {c.statusReason && (c.status === "MISSED" || c.status === "DROPPED") ? <p className="mt-2 text-sm"><strong>Why:</strong> {c.statusReason}</p> : null}
      <div className="mt-3">
        <div className="flex justify-between text-xs text-muted"><span>Progress</span><span>{c.progress}%</span></div>
        <div role="progressbar" aria-label={`Progress of ${c.title}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={c.progress} className="mt-1 h-2 rounded-full bg-sunken">
          <div className="h-2 rounded-full bg-ok" style={{ width: `${c.progress}%` }} />
        </div>
      </div>
      {c.evidence.length ? (
        <section className="mt-4" aria-label={`Proof for ${c.title}`}>
          <h4 className="text-sm font-semibold">The proof</h4>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {c.evidence.map((e) => (
              <li key={e.id}>
                {e.kind === "LINK" && e.url && /^https?:\/\//i.test(e.url) ? <a className="underline" href={e.url} rel="noopener noreferrer nofollow">{e.title}</a> : <span className="font-medium">{e.title}</span>}
                {e.kind === "METRIC" && e.metricName ? <> — {metric(e)}</> : null}
                {e.kind === "FILE" && e.fileName ? <> — document “{e.fileName}”</> : null}
                {e.note ? <> — {e.note}</> : null}
                <span className="text-muted"> ({formatDate(e.createdAt)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {c.updates.length ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer underline">Updates ({c.updates.length})</summary>
          <ol className="mt-2 flex flex-col gap-1">
            {c.updates.map((u) => (
              <li key={u.id}><span className="text-muted">{formatDate(u.createdAt)}:</span> {u.text}{u.progressTo !== null ? ` (progress ${u.progressTo}%)` : ""}</li>
            ))}
          </ol>
        </details>
      ) : null}
    </article>
  );
}
