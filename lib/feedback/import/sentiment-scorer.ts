import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { logger } from "@/lib/logger";
import { scoreSentiment, sentimentFromRaw, type Sentiment } from "@/lib/feedback/sentiment";

// Sentiment for an import's batches, scored in a worker thread (sentiment-worker.mjs) while the
// import's own thread goes on reading the file. When the worker cannot start or stops, what it
// had not scored is scored in this thread instead: slower, never different (same pipe, same
// rounding). A text that wink itself cannot score fails the batch, in either thread, and with it
// the import (as it did before there was a worker), never the process.

export type SentimentScorer = {
  score(texts: string[]): Promise<Sentiment[]>;
  // Messages the worker scored (the others were scored in this thread).
  readonly batchesInWorker: number;
  close(): Promise<void>;
};

// From the source tree, which `npm start` serves from: a path inside Next's bundle would not exist.
export const SENTIMENT_WORKER_FILE = path.join(process.cwd(), "lib", "feedback", "import", "sentiment-worker.mjs");

// Characters per message to the worker: texts may be 10,000 characters long, and a batch of
// 2,000 of those would not fit the worker's heap beside the model.
export const MAX_MESSAGE_CHARS = 1_000_000;

// Taken from Node at run time rather than imported: Turbopack bundles the entry of every
// `new Worker` from "node:worker_threads" it sees, and a path computed at run time made it try to
// bundle the whole project (its ignore comment does not cover it, Next 16.4).
const workerThreads = () => process.getBuiltinModule("node:worker_threads") as typeof import("node:worker_threads");

const here = (texts: string[]) => texts.map((t) => scoreSentiment(t));

// Texts in consecutive groups of at most `max` characters (a longer text alone).
export function splitByChars(texts: string[], max = MAX_MESSAGE_CHARS): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let chars = 0;
  for (const t of texts) {
    if (group.length > 0 && chars + t.length > max) {
      groups.push(group);
      group = [];
      chars = 0;
    }
    group.push(t);
    chars += t.length;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

type Pending = { texts: string[]; resolve: (s: Sentiment[]) => void; reject: (e: unknown) => void };

// `inWorker: false` scores everything in this thread (a small file is done before a worker would
// have loaded its model).
export function startSentimentScorer({ workerFile = SENTIMENT_WORKER_FILE, inWorker = true } = {}): SentimentScorer {
  const pending = new Map<number, Pending>();
  let next = 0;
  let scoredInWorker = 0;
  let closed = false;
  let worker: Worker | null = null;

  // Settles a message in this thread. Runs inside event listeners, so a throw must become the
  // message's rejection, not an uncaught exception.
  const settleHere = ({ texts, resolve, reject }: Pending) => {
    try {
      resolve(here(texts));
    } catch (error) {
      reject(error);
    }
  };
  const giveUp = (err: unknown) => {
    if (worker && !closed) logger.warn({ err }, "sentiment worker stopped; scoring in the import's thread");
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) settleHere(p);
  };

  // turbopackIgnore: a path known only at run time would make the build trace the whole project.
  if (inWorker && !existsSync(/* turbopackIgnore: true */ workerFile)) {
    logger.warn({ workerFile }, "sentiment worker file not found; scoring in the import's thread");
  } else if (inWorker) {
    try {
      // Nothing of this process's flags: the worker is plain JavaScript, with a heap of its own.
      // The model takes ~15 MB of heap; the limits keep the whole import within its memory target
      // (a worker over them stops, and what it had not scored is scored here).
      const w = new (workerThreads().Worker)(workerFile, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 } });
      worker = w;
      w.on("message", (m: { id: number; raw?: number[]; error?: string }) => {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.raw) {
          scoredInWorker++;
          p.resolve(m.raw.map(sentimentFromRaw));
        } else {
          // wink threw on a text of this message; scored here it throws again, as the import's error.
          logger.warn({ error: m.error }, "sentiment worker failed a batch; scoring it in the import's thread");
          settleHere(p);
        }
      });
      w.on("error", giveUp);
      w.on("messageerror", giveUp);
      // Any exit but the one close() asks for leaves what was pending to this thread.
      w.on("exit", (code) => {
        if (!closed) giveUp(new Error(`sentiment worker exited with code ${code}`));
      });
    } catch (err) {
      giveUp(err);
    }
  }

  const send = (texts: string[]): Promise<Sentiment[]> => {
    if (!worker) return Promise.resolve().then(() => here(texts));
    const id = next++;
    const w = worker;
    return new Promise((resolve, reject) => {
      pending.set(id, { texts, resolve, reject });
      w.postMessage({ id, texts });
    });
  };

  return {
    get batchesInWorker() {
      return scoredInWorker;
    },
    async score(texts) {
      if (closed) throw new Error("The sentiment scorer is closed.");
      const parts = await Promise.all(splitByChars(texts).map(send));
      return parts.flat();
    },
    async close() {
      closed = true;
      const w = worker;
      worker = null;
      // Nobody waits for these any more (the import stopped or finished): they are dropped, not
      // scored here.
      const dropped = [...pending.values()];
      pending.clear();
      for (const p of dropped) p.reject(new Error("The sentiment scorer was closed."));
      if (w) await w.terminate();
    },
  };
}
