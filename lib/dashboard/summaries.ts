// One sentence per chart saying what it shows, for its caption and for screen readers (the charts
// themselves are pictures). Pure.
import type { BurnupDay, SentimentDay } from "@/lib/dashboard/series";
import { formatCount, formatMinutes, formatShare } from "@/lib/dashboard/format";
import { formatDate, formatDuration } from "@/lib/shared/format";

type WeekLike = { week: { label: string }; count: number; answered: number; medianMinutes: number | null; p90Minutes: number | null; withinSlaShare: number | null };

const day = (d: string) => formatDate(`${d}T00:00:00Z`);

export function indexSummary(points: { day: string; index: number | null }[]): string {
  const known = points.filter((p) => p.index !== null) as { day: string; index: number }[];
  if (!known.length) return "No index yet: none of its components has data.";
  const first = known[0];
  const last = known[known.length - 1];
  if (known.length === 1) return `The index is ${last.index} on ${day(last.day)}; there is no earlier day with data.`;
  const low = known.reduce((a, b) => (b.index < a.index ? b : a));
  const high = known.reduce((a, b) => (b.index > a.index ? b : a));
  const move = last.index === first.index ? "stayed at" : last.index > first.index ? "rose to" : "fell to";
  return `The index ${move} ${last.index} on ${day(last.day)}, from ${first.index} on ${day(first.day)} (lowest ${low.index}, highest ${high.index}).`;
}

export function sparklineLabel(name: string, values: (number | null)[], unit = ""): string {
  const known = values.filter((v): v is number => v !== null);
  if (!known.length) return `${name}: no data yet`;
  const first = known[0], last = known[known.length - 1];
  if (known.length === 1 || first === last) return `${name}: ${last}${unit}, unchanged over the period`;
  return `${name}: from ${first}${unit} to ${last}${unit}, ${last > first ? "up" : "down"} over the period`;
}

export function sentimentSummary(days: SentimentDay[]): string {
  const total = (d: SentimentDay) => d.negative + d.neutral + d.positive;
  const sum = (list: SentimentDay[]) => list.reduce((a, d) => ({ all: a.all + total(d), neg: a.neg + d.negative }), { all: 0, neg: 0 });
  const all = sum(days);
  if (!all.all) return "No feedback received in this period.";
  const last = sum(days.slice(-7));
  const first = sum(days.slice(0, 7));
  const share = (s: { all: number; neg: number }) => (s.all ? (s.all - s.neg) / s.all : null);
  return (
    `${formatCount(all.all)} item${all.all === 1 ? "" : "s"} over ${days.length} day${days.length === 1 ? "" : "s"}. ` +
    `Not negative: ${formatShare(share(last), "no feedback")} in the last 7 days, against ${formatShare(share(first), "no feedback")} in the first 7 days shown.`
  );
}

export function responseSummary(weeks: WeekLike[], slaMinutes: number): string {
  const w = weeks[weeks.length - 1];
  if (!w || !w.answered) return `No replies in the last 7 days (SLA ${formatDuration(slaMinutes)}).`;
  return (
    `Last 7 days: median first response ${formatMinutes(w.medianMinutes)}, 90th percentile ${formatMinutes(w.p90Minutes)}; ` +
    `${formatShare(w.withinSlaShare)} of ${formatCount(w.answered)} replies within the ${formatDuration(slaMinutes)} SLA.`
  );
}

export function burnupSummary(days: BurnupDay[]): string {
  const last = days[days.length - 1];
  if (!last || !last.committed) return "No commitments made yet.";
  return `${formatCount(last.committed)} commitments made, ${formatCount(last.due)} due so far, ${formatCount(last.done)} done.`;
}
