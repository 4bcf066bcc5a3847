import { diffWords } from "diff";
import type { PublicCampaign } from "@/lib/public/queries";
import { formatDate, formatDateTime } from "@/lib/shared/format";

type Apology = PublicCampaign["apologies"][number];

// The published apology and its dated revisions, each with what changed (summary and word diff).
export function PublicApology({ apology }: { apology: Apology }) {
  const [current, ...older] = apology.publications;
  if (!current) return null;
  return (
    <article className="rounded-lg border border-border bg-surface p-5" aria-labelledby={`apology-${apology.id}`}>
      <h3 id={`apology-${apology.id}`} className="font-semibold">{apology.name}</h3>
      <p className="text-sm text-muted">
        Published {formatDate(apology.publishedAt ?? current.publishedAt)}
        {older.length ? `; revised ${older.length} time${older.length === 1 ? "" : "s"}, last on ${formatDate(current.publishedAt)}` : ""}
      </p>
      <div className="mt-3 whitespace-pre-wrap leading-relaxed">{current.apologyVersion.body}</div>
      {older.length ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm underline">Revisions and what changed</summary>
          <ol className="mt-3 flex flex-col gap-4">
            {apology.publications.map((p, i) => {
              const previous = apology.publications[i + 1];
              return (
                <li key={p.id} className="text-sm">
                  <p className="font-medium">{formatDateTime(p.publishedAt)}{previous ? `: ${p.changeSummary}` : ": first publication"}</p>
                  {previous ? (
                    <p className="mt-1 whitespace-pre-wrap rounded bg-sunken p-2">
                      {diffWords(previous.apologyVersion.body, p.apologyVersion.body).map((part, j) =>
                        part.added ? <ins key={j} className="bg-ok-bg text-ok">{part.value}</ins> : part.removed ? <del key={j} className="bg-danger-bg text-danger">{part.value}</del> : <span key={j}>{part.value}</span>,
                      )}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </details>
      ) : null}
    </article>
  );
}
