import "server-only";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { logger } from "@/lib/logger";
import { scoreSentiment, sentimentFromRaw, type Sentiment } from "@/lib/feedback/sentiment";

// Sentiment for an import's batches, scored in a worker thread (sentiment-worker.mjs) while the
// import's own thread goes on reading the file. When the worker cannot start or fails, the batch
// is scored in this thread instead: slower, never different (same pipe, same rounding).

export type SentimentScorer = {
  score(texts: string[]): Promise<Sentiment[]>;
  // Batches the worker scored (the others were scored in this thread).
  readonly batchesInWorker: number;
  close(): Promise<void>;
};

// From the source tree, which `npm start` serves from: a path inside Next's bundle would not exist.
export const SENTIMENT_WORKER_FILE = path.join(process.cwd(), "lib", "feedback", "import", "sentiment-worker.mjs");
const here = (texts: string[]) => texts.map((t) => scoreSentiment(t));

// Taken from Node at run time rather than imported: Turbopack bundles the entry of every
// `new Worker` from "node:worker_threads" it sees, and a path computed at run time made it try to
// bundle the whole project (its ignore comment does not cover it, Next 16.4).
const workerThreads = () => process.getBuiltinModule("node:worker_threads") as typeof import("node:worker_threads");

export function startSentimentScorer(workerFile = SENTIMENT_WORKER_FILE): SentimentScorer {
  const pending = new Map<number, { texts: string[]; resolve: (s: Sentiment[]) => void }>();
  let next = 0;
  let inWorker = 0;
  let worker: Worker | null = null;
  const giveUp = (err: unknown) => {
    if (worker) logger.warn({ err }, "sentiment worker stopped; scoring in the import's thread");
    worker = null;
    for (const { texts, resolve } of pending.values()) resolve(here(texts));
    pending.clear();
  };
  try {
    // Nothing of this process's flags: the worker is plain JavaScript, with a heap of its own.
    // The model takes ~15 MB of heap; the limits keep the whole import within its memory target
    // (a worker over them stops, and its batches are scored here).
    worker = new (workerThreads().Worker)(workerFile, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 } });
    worker.on("message", (m: { id: number; raw?: number[]; error?: string }) => {
      const job = pending.get(m.id);
      if (!job) return;
      pending.delete(m.id);
      if (m.raw) inWorker++;
      job.resolve(m.raw ? m.raw.map(sentimentFromRaw) : here(job.texts));
      if (m.error) logger.warn({ error: m.error }, "sentiment worker failed a batch; scored in the import's thread");
    });
    worker.on("error", giveUp);
    worker.on("exit", (code) => (code === 0 ? undefined : giveUp(new Error(`exit ${code}`))));
  } catch (err) {
    giveUp(err);
  }
  return {
    get batchesInWorker() {
      return inWorker;
    },
    score(texts) {
      if (!worker) return Promise.resolve(here(texts));
      const id = next++;
      return new Promise((resolve) => {
        pending.set(id, { texts, resolve });
        worker!.postMessage({ id, texts });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
