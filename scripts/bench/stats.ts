// Small statistics for timings: medians and percentiles of samples in milliseconds.
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export const median = (samples: number[]) => percentile(samples, 50);

export const round = (n: number, digits = 1) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);

// Runs fn `runs` times after `warmup` untimed runs (first calls pay for module loading, query
// planning and cold caches, which is not the steady state a user sees), with an optional setup
// before each run that is not timed.
export async function timeRuns(fn: () => unknown, opts: { runs: number; warmup?: number; before?: () => unknown }): Promise<number[]> {
  for (let i = 0; i < (opts.warmup ?? 2); i++) {
    await opts.before?.();
    await fn();
  }
  const samples: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    await opts.before?.();
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

// Two functions timed in alternation (a, b, a, b, …): on a shared machine the load drifts during a
// measurement, and alternating gives both the same conditions, so their ratio stays honest.
// budgetMs bounds the whole measurement: when one pair takes long (code under construction can be
// thousands of times slower than its target), fewer runs are made, never fewer than 3.
export async function timePair(
  a: () => unknown,
  b: () => unknown,
  opts: { runs: number; warmup?: number; beforeA?: () => unknown; budgetMs?: number },
): Promise<[number[], number[]]> {
  let pairMs = 0;
  for (let i = 0; i < (opts.warmup ?? 1); i++) {
    const t = performance.now();
    await opts.beforeA?.();
    await a();
    await b();
    pairMs = performance.now() - t;
  }
  const runs = opts.budgetMs && pairMs > 0 ? Math.max(3, Math.min(opts.runs, Math.floor(opts.budgetMs / pairMs))) : opts.runs;
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    await opts.beforeA?.();
    let t = performance.now();
    await a();
    as.push(performance.now() - t);
    t = performance.now();
    await b();
    bs.push(performance.now() - t);
  }
  return [as, bs];
}
