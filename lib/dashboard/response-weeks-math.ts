// The arithmetic of the weekly first-response figures: which ranks each week's percentiles need,
// and the figures from the values fetched around them. Pure; the SQL is in response-weeks.ts.
import type { Week } from "@/lib/dashboard/days";
import { interpolateRank, rankPlans, type RankPlan } from "@/lib/feedback/percentile-ranks";
import type { ResponseFigures } from "@/lib/feedback/sla";

// Counts arrive as BigInt (SQLite) or strings (PostgreSQL).
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

export type WeekFigures = ResponseFigures & { week: Week };

// The plans of every week with replies; each plan's key is the week's position.
export const weekPlans = (answered: number[]): RankPlan[] => rankPlans(answered.map((n, i) => [String(i), n]));

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

// `values` holds, by plan position (as weekPlans lists them), the values fetched for it.
export function assembleWeeks(weeks: Week[], counts: WeekCounts[], values: Map<number, number[]>): WeekFigures[] {
  const byWeek = new Map(counts.map((c) => [c.i, c]));
  const answered = weeks.map((_, i) => num(byWeek.get(i)?.answered));
  const pct = new Map(weekPlans(answered).map((plan, k) => [`${plan.key}:${plan.p}`, interpolateRank(plan, values.get(k) ?? [])]));
  return weeks.map((week, i) => {
    const c = byWeek.get(i);
    const n = answered[i];
    return {
      week,
      count: num(c?.total),
      answered: n,
      medianMinutes: pct.get(`${i}:50`) ?? null,
      p90Minutes: pct.get(`${i}:90`) ?? null,
      withinSlaShare: n ? num(c?.within) / n : null,
    };
  });
}
