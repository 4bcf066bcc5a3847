"use client";
import { useEffect, useState } from "react";
import type { ImportProgress as Progress } from "@/lib/feedback/import/progress";
import { ImportResult } from "@/components/feedback/import/import-result";
import { CancelImportForm } from "@/components/feedback/import/cancel-import-form";

const POLL_MS = 1000;
const n = (v: number) => v.toLocaleString("en");

// The announced line changes only with the phase, so a screen reader hears "saving", "complete"…
// and not every count; the counts are in the progress bar and the line under it.
function statusText(p: Progress): string {
  if (p.status === "COMPLETED") return "Import complete.";
  if (p.status === "CANCELLED") return "Import cancelled. Nothing from this file was saved.";
  if (p.status === "FAILED") return `Import failed. ${p.error ?? ""} Nothing from this file was saved.`.trim();
  if (p.cancelRequested) return "Cancelling…";
  if (p.phase === "waiting") return "Waiting to start…";
  if (p.phase === "saving") return "Every row is checked. Saving…";
  return "Checking rows…";
}

export function ImportProgress({
  initial,
  progressUrl,
  rejectionsUrl,
  canCancel,
}: {
  initial: Progress;
  progressUrl: string;
  rejectionsUrl: string;
  canCancel: boolean;
}) {
  const [progress, setProgress] = useState(initial);
  const [polls, setPolls] = useState(0);
  const [offline, setOffline] = useState(false);
  const done = progress.phase === "done";

  useEffect(() => {
    if (done) return;
    let active = true;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(progressUrl, { cache: "no-store", headers: { accept: "application/json" } });
        if (!active) return;
        if (res.ok) {
          setProgress((await res.json()) as Progress);
          setOffline(false);
        } else setOffline(true);
      } catch {
        if (active) setOffline(true);
      } finally {
        if (active) setPolls((c) => c + 1);
      }
    }, POLL_MS);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [done, polls, progressUrl]);

  const counts =
    progress.phase === "saving"
      ? `All ${n(progress.totalRows)} rows checked; saving them in one step, so the import lands whole or not at all.`
      : progress.phase === "checking" || progress.phase === "waiting"
        ? `${n(progress.processedRows)} of ${n(progress.totalRows)} rows checked`
        : `${n(progress.processedRows)} rows read`;

  return (
    <div className="flex flex-col gap-4">
      <p role="status" aria-live="polite" className="font-medium" data-testid="import-status">
        {statusText(progress)}
      </p>
      <div className="flex flex-col gap-1">
        <progress
          aria-label="Import progress"
          max={100}
          value={progress.percent ?? undefined}
          className="h-3 w-full accent-[var(--k-accent)]"
          data-testid="import-progress"
        />
        <p className="text-sm text-muted">
          {counts}
          {progress.percent !== null && !done ? ` (${progress.percent}%)` : ""}
        </p>
        {offline ? <p className="text-sm text-warn">Cannot reach the server; still trying…</p> : null}
      </div>
      {done ? <ImportResult progress={progress} rejectionsUrl={rejectionsUrl} /> : null}
      {!done && canCancel && !progress.cancelRequested ? <CancelImportForm jobId={progress.id} /> : null}
    </div>
  );
}
