// A job as the progress bar sees it, shared by the page, the polling route and the client. Pure.
export type ImportStatusValue = "PENDING" | "RUNNING" | "COMPLETED" | "FAILED" | "CANCELLED";

export type ImportProgress = {
  id: string;
  status: ImportStatusValue;
  // waiting: not started (columns not chosen yet); checking: rows being read and validated;
  // saving: every row checked, the one transaction is writing them; done: a final status.
  phase: "waiting" | "checking" | "saving" | "done";
  processedRows: number;
  totalRows: number;
  percent: number | null;
  createdCount: number;
  duplicateCount: number;
  rejectedCount: number;
  cancelRequested: boolean;
  error: string | null;
  durationMs: number | null;
};

type JobFields = {
  id: string;
  status: ImportStatusValue;
  processedRows: number;
  totalRows: number;
  createdCount: number;
  duplicateCount: number;
  rejectedCount: number;
  cancelRequested: boolean;
  error: string | null;
  durationMs: number | null;
  startedAt: Date | null;
};

export const isFinished = (status: ImportStatusValue) => status === "COMPLETED" || status === "FAILED" || status === "CANCELLED";

export function toProgress(job: JobFields): ImportProgress {
  const finished = isFinished(job.status);
  const started = job.status === "RUNNING" || (job.status === "PENDING" && job.startedAt !== null);
  const phase = finished ? "done" : !started ? "waiting" : job.totalRows > 0 && job.processedRows >= job.totalRows ? "saving" : "checking";
  const percent =
    phase === "done" ? 100 : phase === "checking" && job.totalRows > 0 ? Math.min(99, Math.floor((job.processedRows / job.totalRows) * 100)) : phase === "waiting" ? 0 : null;
  return {
    id: job.id,
    status: job.status,
    phase,
    processedRows: job.processedRows,
    totalRows: job.totalRows,
    percent,
    createdCount: job.createdCount,
    duplicateCount: job.duplicateCount,
    rejectedCount: job.rejectedCount,
    cancelRequested: job.cancelRequested,
    error: job.error,
    durationMs: job.durationMs,
  };
}
