// The arithmetic of the weekly first-response figures: which ranks each percentile needs, and
// the figures from the values fetched around them. Pure; the SQL is in response-weeks.ts.
import type { Week } from "@/lib/dashboard/days";
import type { ResponseFigures } from "@/lib/feedback/sla";

// Counts arrive as BigInt (SQLite) or strings (PostgreSQL).
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

export type WeekFigures = ResponseFigures & { week: Week };

// The R-7 ranks (1-based, as in response-figures.ts) whose values a percentile needs.
export function percentileRanks(n: number, p: number): { lo: number; hi: number; fraction: number } | null {
  if (n <= 0) return null;
  const scaled = (p * (n - 1)) / 100;
  const lo = Math.floor(scaled);
  return { lo: lo + 1, hi: Math.ceil(scaled) + 1, fraction: scaled - lo };
}

const PERCENTILES = [50, 90] as const;
export type RankPlan = { i: number; p: number; lo: number; hi: number; fraction: number; fromTop: boolean };

export function rankPlans(answered: number[]): RankPlan[] {
  const plans: RankPlan[] = [];
  answered.forEach((n, i) => {
    for (const p of PERCENTILES) {
      const r = percentileRanks(n, p);
      if (r) plans.push({ i, p, ...r, fromTop: r.lo > n / 2 });
    }
  });
  return plans;
}

// The values fetched around the rank (one value when the database interpolated it already).
function interpolate(plan: RankPlan, values: number[]): number | null {
  if (!values.length) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const same = plan.lo === plan.hi;
  const a = plan.fromTop ? (same ? high : low) : low;
  const b = plan.fromTop ? high : same ? low : high;
  return a + (b - a) * plan.fraction;
}

export type WeekCounts = { i: number; total: number; answered: number; within: number };

// A week's counts: the sum of its days' (days as "YYYY-MM-DD").
export function weekCounts(weekDays: string[][], days: Map<string, { total: number; answered: number; within: number }>): WeekCounts[] {
  return weekDays.map((list, i) => {
    const c = { i, total: 0, answered: 0, within: 0 };
    for (const day of list) {
      const d = days.get(day);
      if (d) {
        c.total += d.total;
        c.answered += d.answered;
        c.within += d.within;
      }
    }
    return c;
  });
}

export function assembleWeeks(
  weeks: Week[],
  counts: { i: unknown; total: unknown; answered: unknown; within: unknown }[],
  ranks: { i: unknown; p: unknown; m: unknown }[],
): WeekFigures[] {
  const byWeek = new Map(counts.map((c) => [num(c.i), c]));
  const answered = weeks.map((_, i) => num(byWeek.get(i)?.answered));
  const values = new Map<string, number[]>();
  for (const r of ranks) {
    const key = `${num(r.i)}:${num(r.p)}`;
    values.set(key, [...(values.get(key) ?? []), num(r.m)]);
  }
  const plans = new Map(rankPlans(answered).map((p) => [`${p.i}:${p.p}`, p]));
  const pct = (i: number, p: number) => {
    const plan = plans.get(`${i}:${p}`);
    return plan ? interpolate(plan, values.get(`${i}:${p}`) ?? []) : null;
  };
  return weeks.map((week, i) => {
    const c = byWeek.get(i);
    const n = answered[i];
    return {
      week,
      count: num(c?.total),
      answered: n,
      medianMinutes: pct(i, 50),
      p90Minutes: pct(i, 90),
      withinSlaShare: n ? num(c?.within) / n : null,
    };
  });
}

