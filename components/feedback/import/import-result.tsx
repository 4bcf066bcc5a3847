import type { ImportProgress } from "@/lib/feedback/import/progress";

const n = (v: number) => v.toLocaleString("en");

function seconds(ms: number | null) {
  if (ms === null) return "—";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

// The counts of a finished import, and the rejected rows to fix. Used by the page and the live
// progress view alike.
export function ImportResult({ progress, rejectionsUrl }: { progress: ImportProgress; rejectionsUrl: string }) {
  const completed = progress.status === "COMPLETED";
  return (
    <div className="flex flex-col gap-4" data-testid="import-result">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
        <div className="rounded-md bg-sunken p-3">
          <dt className="text-muted">Rows read</dt>
          <dd className="text-lg font-semibold" data-testid="count-rows">{n(progress.processedRows)}</dd>
        </div>
        <div className="rounded-md bg-sunken p-3">
          <dt className="text-muted">Added</dt>
          <dd className="text-lg font-semibold" data-testid="count-created">{n(progress.createdCount)}</dd>
        </div>
        <div className="rounded-md bg-sunken p-3">
          <dt className="text-muted">Duplicates skipped</dt>
          <dd className="text-lg font-semibold" data-testid="count-duplicates">{n(progress.duplicateCount)}</dd>
        </div>
        <div className="rounded-md bg-sunken p-3">
          <dt className="text-muted">Rejected</dt>
          <dd className="text-lg font-semibold" data-testid="count-rejected">{n(progress.rejectedCount)}</dd>
        </div>
        <div className="rounded-md bg-sunken p-3">
          <dt className="text-muted">Time</dt>
          <dd className="text-lg font-semibold">{seconds(progress.durationMs)}</dd>
        </div>
      </dl>
      {completed && progress.rejectedCount > 0 ? (
        <p className="text-sm">
          Rejected rows were not imported; each has its reason.{" "}
          <a href={rejectionsUrl} download className="font-medium underline">
            Download rejected rows (CSV)
          </a>{" "}
          — fix them and upload that file: rows already imported are skipped as duplicates.
        </p>
      ) : null}
    </div>
  );
}
