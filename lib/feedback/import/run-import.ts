import "server-only";
import { db, type Tx } from "@/lib/db";
import { mapRow, missingColumns } from "@/lib/feedback/csv-mapping";
import { arrive, type ArrivedFeedback, type IncomingFeedback } from "@/lib/feedback/arrival";
import { startSentimentScorer } from "@/lib/feedback/import/sentiment-scorer";
import { clearRun, saveStagedRows, stageRows } from "@/lib/feedback/import/stage";
import { readSettings, type ImportSettings } from "@/lib/feedback/import/settings";
import { describeCsvError, openCsv } from "@/lib/feedback/import/read-csv";
import { columnIndexes, rawForRejection, recordToRow, toIncoming } from "@/lib/feedback/import/rows";
import { MissingFileError, storage } from "@/lib/storage";
import { recordAudit } from "@/lib/audit/record";
import { logger } from "@/lib/logger";

// Runs one import job, all or nothing, in two phases:
//   1. check: stream the file, validate every row (mapRow), give each valid row what every arrival
//      gets (lib/feedback/arrival.ts: id, duplicate key, sentiment, suggestion flag; sentiment is
//      scored in a worker thread one batch ahead, sentiment-scorer.ts), and every
//      few thousand rows write them to the staging table (a file's later duplicates dropped
//      there), write the rejections, report progress and renew the lease — each batch one short
//      transaction, so neither the file nor its rows are ever held in memory;
//   2. save: ONE transaction copies the staged rows into the campaign (skipping keys it already
//      has) and writes the job's final counts. Nothing is in the campaign until it commits: a
//      crash, a failure or a cancel anywhere leaves no row behind (what was staged is cleared by
//      the next runner, or at once on a failure or a cancel).
// On SQLite the app's one connection is serialized (lib/db-sqlite-adapter.ts), so nothing may
// await a query outside the save transaction while it is open; the save is plain SQL, so it holds
// the connection for as short a time as the insert takes.
//
// Who runs a job is decided by its lease (leaseUntil): a runner claims a job by compare-and-set on
// the lease it saw, renews it with every progress write, and commits only while it still holds it.
// A job whose runner died (its lease expired) is claimed again by the next runner, from the start.

export type RunOptions = {
  // The lease the caller already set (the start action, the CLI); without it the runner claims.
  lease?: Date;
  leaseMs?: number;
  // Rows between progress writes (each also stages the rows read, renews the lease and checks for
  // a cancel).
  progressEvery?: number;
  // Staged rows copied per statement inside the save transaction; a cancel is checked between.
  insertChunk?: number;
  // Files of at least this many rows score sentiment in a worker thread (sentiment-scorer.ts);
  // smaller ones are done before a worker would have loaded its model.
  workerFromRows?: number;
  // Written in the save transaction (the CLI: label "cli"); the web's start action audits itself.
  audit?: { label: string; userId: string | null } | null;
  hooks?: {
    onProgress?: (processedRows: number) => Promise<void> | void;
    afterInsertChunk?: (index: number, tx: Tx) => Promise<void> | void;
  };
};

export type RunOutcome = {
  status: "COMPLETED" | "FAILED" | "CANCELLED" | "SKIPPED";
  created: number;
  duplicates: number;
  rejected: number;
  rows: number;
  ms: number;
  error?: string;
  // The unexpected error behind a FAILED outcome, for the CLI to print.
  cause?: unknown;
};

export const IMPORT_LEASE_MS = 30_000;
const DEFAULTS = { leaseMs: IMPORT_LEASE_MS, progressEvery: 2_000, insertChunk: 25_000, workerFromRows: 5_000 };

export const FILE_GONE = "The uploaded file is no longer available. Upload it again.";
const UNEXPECTED = "The import stopped because of an unexpected error. Nothing was saved; upload the file again to retry.";

class Stop extends Error {
  constructor(
    readonly kind: "cancelled" | "lease-lost" | "failed",
    message: string = kind,
  ) {
    super(message);
  }
}

type Job = NonNullable<Awaited<ReturnType<typeof loadJob>>>;
type Rejection = { rowNumber: number; reason: string; raw: string };
type Checked = { valid: number; rejected: number; rows: number };
// What was read since the last write: the rows checked so far (sentiment comes when it is written).
type Read = { rows: { seq: number; item: IncomingFeedback }[]; rejections: Rejection[] };
type Batch = { rows: { seq: number; row: ArrivedFeedback }[]; rejections: Rejection[] };
type Extra = { totalRows?: number; leaseMs?: number };

const loadJob = (id: string) => db.importJob.findUnique({ where: { id } });
const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
const quote = (s: string) => `"${s}"`;

export async function runImportJob(jobId: string, options: RunOptions = {}): Promise<RunOutcome> {
  const started = performance.now();
  const opts = { ...DEFAULTS, ...options };
  const job = await loadJob(jobId);
  if (!job) return { status: "SKIPPED", created: 0, duplicates: 0, rejected: 0, rows: 0, ms: 0 };
  const lease = opts.lease ? (job.status === "RUNNING" && sameInstant(job.leaseUntil, opts.lease) ? opts.lease : null) : await claim(job, opts.leaseMs);
  if (!lease) return { status: "SKIPPED", created: 0, duplicates: 0, rejected: 0, rows: 0, ms: 0 };
  return new ImportRun(job, lease, opts, started).execute();
}

// Takes a job that is waiting (PENDING with a mapping) or whose runner's lease has expired.
async function claim(job: Job, leaseMs: number): Promise<Date | null> {
  const now = Date.now();
  const claimable = job.status === "RUNNING" || (job.status === "PENDING" && readSettings(job.mapping) !== null);
  if (!claimable || (job.leaseUntil && job.leaseUntil.getTime() > now)) return null;
  const lease = new Date(now + leaseMs);
  const { count } = await db.importJob.updateMany({
    where: { id: job.id, status: job.status, leaseUntil: job.leaseUntil },
    data: { status: "RUNNING", leaseUntil: lease, processedRows: 0, startedAt: job.startedAt ?? new Date(now) },
  });
  return count === 1 ? lease : null;
}

class ImportRun {
  constructor(
    private readonly job: Job,
    private lease: Date,
    private readonly opts: RunOptions & typeof DEFAULTS,
    private readonly started: number,
  ) {}

  private elapsed = () => Math.round(performance.now() - this.started);

  async execute(): Promise<RunOutcome> {
    try {
      const settings = readSettings(this.job.mapping);
      if (!settings) throw new Stop("failed", "The import has no column mapping. Upload the file again and choose the columns.");
      if (this.job.cancelRequested) throw new Stop("cancelled");
      if (!this.job.filePath) throw new Stop("failed", FILE_GONE);
      // A run taken up again starts from the top: what an earlier runner staged goes first.
      await clearRun(db, this.job);
      const checked = await this.check(this.job.filePath, settings);
      const saved = await this.save(checked);
      await clearRun(db, this.job, false).catch((err: unknown) => logger.warn({ err, jobId: this.job.id }, "staged rows not cleared"));
      await storage.remove(this.job.filePath).catch((err: unknown) => logger.warn({ err, jobId: this.job.id }, "import file not removed"));
      return { status: "COMPLETED", ...saved, rejected: checked.rejected, rows: checked.rows, ms: this.elapsed() };
    } catch (error) {
      return this.stop(error);
    }
  }

  // Phase 1: read and validate every row, staging the valid ones and reporting progress as it goes.
  private async check(key: string, settings: ImportSettings): Promise<Checked> {
    const csv = await openCsv(key).catch((error: unknown) => {
      throw error instanceof MissingFileError ? new Stop("failed", FILE_GONE) : error;
    });
    const now = new Date();
    const mapOpts = { defaultTimeZone: settings.timeZone, now };
    const counts = { valid: 0, rejected: 0 };
    let batch: Read = { rows: [], rejections: [] };
    const scorer = startSentimentScorer({ inWorker: this.job.totalRows >= this.opts.workerFromRows });
    // Each batch is scored in the worker while the next one is read; the writes stay in file
    // order, and reading waits for the previous write, so at most two batches are in memory.
    let writing: Promise<void> = Promise.resolve();
    const send = (read: Read, processedRows: number, extra?: Extra): Promise<void> => {
      const previous = writing;
      const sentiments = scorer.score(read.rows.map((r) => r.item.text));
      // Not awaited when an earlier write failed: its failure is the one reported.
      sentiments.catch(() => undefined);
      writing = (async () => {
        await previous;
        const scored = await sentiments;
        await this.write({ rows: read.rows.map((r, i) => ({ seq: r.seq, row: arrive(r.item, undefined, scored[i]) })), rejections: read.rejections }, counts, processedRows, extra);
        if (!extra) await this.opts.hooks?.onProgress?.(processedRows);
      })();
      // Awaited below; this keeps a failure from being reported as unhandled in the meantime.
      writing.catch(() => undefined);
      return previous;
    };
    let headers: string[] | null = null;
    let indexes = new Map<string, number>();
    let rows = 0;
    let line = 1;
    try {
      for await (const { record, raw } of csv.records) {
        // The file line this record starts on: what a person fixing the file looks for.
        const rowNumber = line;
        line += lineBreaks(raw);
        if (!headers) {
          if (record.every((cell) => cell.trim() === "")) continue;
          headers = record.map((h) => h.trim());
          const missing = missingColumns(settings.columns, headers);
          if (missing.length > 0) {
            throw new Stop("failed", `The file has no column named ${missing.map(quote).join(", ")}. Upload it again and choose the columns.`);
          }
          indexes = columnIndexes(settings.columns, headers);
          continue;
        }
        const cells = recordToRow(record, headers.length, indexes);
        if (cells.ok === "blank") continue;
        rows++;
        if (cells.ok === false) batch.rejections.push({ rowNumber, reason: cells.reason, raw: rawForRejection(raw) });
        else {
          const mapped = mapRow(cells.row, settings.columns, mapOpts);
          if (mapped.ok) batch.rows.push({ seq: counts.valid++, item: toIncoming(mapped.value) });
          else batch.rejections.push({ rowNumber, reason: mapped.reason, raw: rawForRejection(raw) });
        }
        if (rows % this.opts.progressEvery === 0) {
          await send(batch, rows);
          batch = { rows: [], rejections: [] };
        }
      }
      if (!headers) throw new Stop("failed", "The file is empty.");
      if (rows === 0) throw new Stop("failed", "The file has a header row but no rows under it.");
      // Every row checked: the lease now has to outlast the save transaction, which cannot renew it.
      await send(batch, rows, { totalRows: rows, leaseMs: Math.max(this.opts.leaseMs, 60_000 + counts.valid) });
      await writing;
    } catch (error) {
      // Nothing may still be writing staged rows once the run is stopped and cleared. A cancel or a
      // lost lease that a write found wins over what reading the next batch ran into meanwhile.
      const writeError = await writing.then(() => null, (e: unknown) => e);
      if (writeError instanceof Stop) throw writeError;
      if (error instanceof Stop) throw error;
      const csvProblem = describeCsvError(error);
      throw csvProblem ? new Stop("failed", csvProblem) : error;
    } finally {
      csv.destroy();
      await scorer.close();
    }
    return { ...counts, rows };
  }

  // One batch: its rows staged, its rejections listed, and the progress written, in one short
  // transaction that holds only while this runner holds the job and nobody asked to cancel it.
  private async write(batch: Batch, counts: Omit<Checked, "rows">, processedRows: number, extra: Extra = {}) {
    const { organizationId, id } = this.job;
    await db.$transaction(async (tx) => {
      await this.progress(tx, processedRows, extra);
      if (batch.rows.length) await stageRows(tx, this.job, batch.rows);
      if (batch.rejections.length) {
        await tx.importRejection.createMany({ data: batch.rejections.map((r) => ({ organizationId, importJobId: id, ...r })) });
        counts.rejected += batch.rejections.length;
      }
    });
  }

  // Progress, lease renewal and the cancel check in one conditional write.
  private async progress(tx: Tx, processedRows: number, extra: Extra = {}) {
    const next = new Date(Date.now() + (extra.leaseMs ?? this.opts.leaseMs));
    const { count } = await tx.importJob.updateMany({
      where: { id: this.job.id, status: "RUNNING", leaseUntil: this.lease, cancelRequested: false },
      data: { processedRows, leaseUntil: next, ...(extra.totalRows !== undefined ? { totalRows: extra.totalRows } : {}) },
    });
    if (count !== 1) throw await this.whyStopped(tx);
    this.lease = next;
  }

  private async whyStopped(client: Pick<Tx, "importJob">): Promise<Stop> {
    const now = await client.importJob.findUnique({ where: { id: this.job.id }, select: { status: true, cancelRequested: true } });
    return now && now.cancelRequested && (now.status === "RUNNING" || now.status === "PENDING") ? new Stop("cancelled") : new Stop("lease-lost");
  }

  // Phase 2: one transaction for every row and the final counts.
  private async save({ valid, rejected, rows }: Checked) {
    const { id, organizationId } = this.job;
    const now = new Date();
    return db.$transaction(
      async (tx) => {
        let created = 0;
        for (let from = 0, chunk = 0; from < valid; from += this.opts.insertChunk, chunk++) {
          created += await saveStagedRows(tx, this.job, from, from + this.opts.insertChunk, now);
          await this.opts.hooks?.afterInsertChunk?.(chunk, tx);
          const flag = await tx.importJob.findUnique({ where: { id }, select: { cancelRequested: true } });
          if (flag?.cancelRequested) throw new Stop("cancelled");
        }
        // Within the file (dropped when staged) and against the campaign (skipped just now).
        const counts = { createdCount: created, duplicateCount: valid - created, rejectedCount: rejected };
        // Committed only while this runner still holds the job and nobody asked to cancel it.
        const { count } = await tx.importJob.updateMany({
          where: { id, status: "RUNNING", leaseUntil: this.lease, cancelRequested: false },
          data: {
            ...counts,
            status: "COMPLETED",
            processedRows: rows,
            totalRows: rows,
            finishedAt: new Date(),
            durationMs: this.elapsed(),
            leaseUntil: null,
            filePath: null,
            error: null,
          },
        });
        if (count !== 1) throw await this.whyStopped(tx);
        if (this.opts.audit) {
          await recordAudit(
            tx,
            { userId: this.opts.audit.userId, label: this.opts.audit.label, organizationId },
            { action: "feedback.import.run", entityType: "ImportJob", entityId: id, after: { fileName: this.job.fileName, mapping: this.job.mapping, rows, ...counts } },
          );
        }
        return { created, duplicates: valid - created };
      },
      { timeout: 15 * 60_000, maxWait: 60_000 },
    );
  }

  // Records how the run ended when it did not complete. Nothing reaches the campaign: the save
  // transaction rolled back, and what phase 1 staged and listed is cleared here.
  private async stop(error: unknown): Promise<RunOutcome> {
    const base = { created: 0, duplicates: 0, rejected: 0, rows: 0, ms: this.elapsed() };
    if (error instanceof Stop && error.kind === "lease-lost") return { status: "SKIPPED", ...base };
    const cancelled = error instanceof Stop && error.kind === "cancelled";
    const expected = error instanceof Stop ? error.message : describeCsvError(error);
    if (!cancelled && !expected) logger.error({ err: error, jobId: this.job.id }, "import failed");
    const message = cancelled ? null : (expected ?? UNEXPECTED);
    try {
      const { count } = await db.importJob.updateMany({
        where: cancelled ? { id: this.job.id, status: { in: ["PENDING", "RUNNING"] } } : { id: this.job.id, status: "RUNNING", leaseUntil: this.lease },
        data: {
          status: cancelled ? "CANCELLED" : "FAILED",
          ...(cancelled ? { cancelRequested: true } : {}),
          error: message,
          createdCount: 0,
          duplicateCount: 0,
          rejectedCount: 0,
          finishedAt: new Date(),
          durationMs: this.elapsed(),
          leaseUntil: null,
          filePath: null,
        },
      });
      if (count === 1) {
        await clearRun(db, this.job);
        if (this.job.filePath) await storage.remove(this.job.filePath);
      }
    } catch (err) {
      // The job keeps its lease and is taken up again once the lease expires.
      logger.error({ err, jobId: this.job.id }, "could not record the end of an import");
    }
    return cancelled
      ? { status: "CANCELLED", ...base }
      : { status: "FAILED", ...base, error: message ?? UNEXPECTED, ...(expected ? {} : { cause: error }) };
  }
}

function lineBreaks(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || (c === 13 && raw.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}
