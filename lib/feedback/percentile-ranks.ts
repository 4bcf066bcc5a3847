// Percentiles by the R-7 method (linear interpolation between the closest ranks, as
// lib/feedback/sla.ts `percentile`), from only the one or two values around each rank, which the
// database reads from an index in order with LIMIT 2 OFFSET k instead of sorting every value.
// Pure: the SQL is in percentile-sql.ts.

export const PERCENTILES = [50, 90] as const;

// The 1-based ranks whose values a percentile needs, and how far between them it lies.
export function percentileRanks(n: number, p: number): { lo: number; hi: number; fraction: number } | null {
  if (n <= 0) return null;
  const scaled = (p * (n - 1)) / 100;
  const lo = Math.floor(scaled);
  return { lo: lo + 1, hi: Math.ceil(scaled) + 1, fraction: scaled - lo };
}

// One percentile of one group of n values. Ranks in the upper half are counted from the top, so
// the index walk is never longer than half the group.
export type RankPlan = { key: string; p: number; n: number; lo: number; hi: number; fraction: number; fromTop: boolean };

export function rankPlans(groups: [key: string, n: number][], percentiles: readonly number[] = PERCENTILES): RankPlan[] {
  const plans: RankPlan[] = [];
  for (const [key, n] of groups) {
    for (const p of percentiles) {
      const r = percentileRanks(n, p);
      if (r) plans.push({ key, p, n, ...r, fromTop: r.lo > n / 2 });
    }
  }
  return plans;
}

// How many values to skip, in ascending order (descending from the top), before the two wanted.
export const rankOffset = (plan: RankPlan) => (plan.fromTop ? plan.n - plan.hi : plan.lo - 1);

// The percentile from the values fetched at its offset (ranks lo and lo + 1 ascending, or hi and
// hi − 1 from the top); null when none came back.
export function interpolateRank(plan: RankPlan, values: number[]): number | null {
  if (!values.length) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const same = plan.lo === plan.hi;
  const a = plan.fromTop ? (same ? high : low) : low;
  const b = plan.fromTop ? high : same ? low : high;
  return a + (b - a) * plan.fraction;
}
