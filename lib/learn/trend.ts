// Weekly volumes and the this-week-versus-last trend of a theme. Pure. Weeks start on Monday, UTC,
// the same weeks the database groups by (lib/learn/theme-board.ts).

const DAY = 86_400_000;

// Monday 00:00 UTC of the week holding `d`, as "YYYY-MM-DD".
export function weekStart(d: Date): string {
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - sinceMonday * DAY).toISOString().slice(0, 10);
}

// The last `count` week starts, oldest first, ending with the week holding `now`.
export function lastWeeks(now: Date, count: number): string[] {
  const current = new Date(`${weekStart(now)}T00:00:00Z`).getTime();
  return Array.from({ length: count }, (_, i) => new Date(current - (count - 1 - i) * 7 * DAY).toISOString().slice(0, 10));
}

// Counts per week with the missing weeks as zero.
export function fillWeeks(rows: { week: string; count: number }[], weeks: string[]): { week: string; count: number }[] {
  const byWeek = new Map(rows.map((r) => [r.week, r.count]));
  return weeks.map((week) => ({ week, count: byWeek.get(week) ?? 0 }));
}

export type Trend = { thisWeek: number; lastWeek: number; direction: "up" | "down" | "flat" | "new" | "none"; change: number | null };

// The last seven days against the seven before them (rolling, so Monday mornings are not empty).
export function trendOf(thisWeek: number, lastWeek: number): Trend {
  if (thisWeek === 0 && lastWeek === 0) return { thisWeek, lastWeek, direction: "none", change: null };
  if (lastWeek === 0) return { thisWeek, lastWeek, direction: "new", change: null };
  const change = (thisWeek - lastWeek) / lastWeek;
  // Within ±10% reads as steady: a theme going from 10 to 11 complaints has not grown.
  const direction = Math.abs(change) < 0.1 ? "flat" : change > 0 ? "up" : "down";
  return { thisWeek, lastWeek, direction, change };
}

export function describeTrend(t: Trend): string {
  switch (t.direction) {
    case "none": return "No mentions in the last two weeks";
    case "new": return `${t.thisWeek} this week, none the week before`;
    case "flat": return `Steady: ${t.thisWeek} this week, ${t.lastWeek} the week before`;
    case "up": return `Up ${Math.round((t.change ?? 0) * 100)}%: ${t.thisWeek} this week, ${t.lastWeek} the week before`;
    case "down": return `Down ${Math.round(Math.abs(t.change ?? 0) * 100)}%: ${t.thisWeek} this week, ${t.lastWeek} the week before`;
  }
}

// Share of the campaign's negative feedback, 0..1 (null when there is none).
export function shareOf(part: number, total: number): number | null {
  return total > 0 ? part / total : null;
}
