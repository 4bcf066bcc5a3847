// Days and weeks of the dashboard, in UTC like every date the app shows. A day's figure is measured
// "as of" the end of that day, except today's, which is measured as of now. Pure.
import { TRUST_WINDOWS } from "@/lib/dashboard/trust-components";

export const DAY_MS = 86_400_000;
// Eight weeks of daily points: enough to see a recovery's shape, few enough to read at a glance.
export const SERIES_DAYS = 56;
export const RESPONSE_WEEKS = 8;

export const startOfUtcDay = (d: Date) => new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
export const dayKey = (d: Date) => d.toISOString().slice(0, 10);

// The daily series of a campaign: from its first day (the day it happened), or SERIES_DAYS ago
// when it is older, to today. An incident dated in the future still gets today's point.
export function seriesRange(occurredAt: Date, now: Date, maxDays = SERIES_DAYS): { first: Date; days: number } {
  const today = startOfUtcDay(now);
  const earliest = addDays(today, -(maxDays - 1));
  const start = startOfUtcDay(occurredAt);
  const first = start > earliest ? (start > today ? today : start) : earliest;
  return { first, days: Math.round((today.getTime() - first.getTime()) / DAY_MS) + 1 };
}

// What the database counts: the series days plus the days before them that the sentiment window
// of the first point reaches back to.
export const LOOKBACK_DAYS = TRUST_WINDOWS.sentimentWindowDays - 1;

export type CountRange = { start: Date; days: number };

export function countRange(series: { first: Date; days: number }): CountRange {
  return { start: addDays(series.first, -LOOKBACK_DAYS), days: series.days + LOOKBACK_DAYS };
}

// The moment a day is measured at: the end of the day, or now for today.
export function asOf(day: Date, now: Date): Date {
  const end = addDays(startOfUtcDay(day), 1);
  return end < now ? end : now;
}

// The end of a campaign's baseline: its first TRUST_WINDOWS.baselineDays days.
export const baselineEnd = (occurredAt: Date) => addDays(startOfUtcDay(occurredAt), TRUST_WINDOWS.baselineDays);

export type Week = { start: Date; end: Date; label: string };

// Weeks ending today, newest last: week 0 is the last 7 days including today (as of now). Weeks
// that end before the campaign's first day are left out, so a young campaign shows fewer bars.
export function responseWeeks(occurredAt: Date, now: Date, count = RESPONSE_WEEKS): Week[] {
  const tomorrow = addDays(startOfUtcDay(now), 1);
  const first = startOfUtcDay(occurredAt);
  const weeks: Week[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const start = addDays(tomorrow, -7 * (k + 1));
    const endOfWeek = addDays(tomorrow, -7 * k);
    if (endOfWeek <= first && k > 0) continue;
    weeks.push({ start, end: endOfWeek < now ? endOfWeek : now, label: dayKey(start) });
  }
  return weeks;
}

// The days of a week, as "YYYY-MM-DD" (the current week ends today).
export function weekDays(week: Week): string[] {
  const days: string[] = [];
  for (let d = week.start; d < week.end; d = addDays(d, 1)) days.push(dayKey(d));
  return days;
}
