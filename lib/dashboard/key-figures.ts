// The headline figures of a campaign with their change against the previous week. Pure.
import { countChange, formatCount, formatIndex, formatMinutes, formatShare, minutesChange, NO_DATA, pointsChange, shareChange } from "@/lib/dashboard/format";

export type Tone = "good" | "bad" | "neutral";

export type KeyFigure = {
  key: string;
  label: string;
  value: string;
  // "up 5 points from 52 a week ago"; empty when there is nothing to compare with.
  change: string;
  tone: Tone;
};

export type KeyFigureInputs = {
  index: { now: number | null; weekAgo: number | null };
  received: { thisWeek: number; lastWeek: number | null };
  nonNegative: { thisWeek: number | null; lastWeek: number | null };
  medianMinutes: { thisWeek: number | null; lastWeek: number | null };
  withinSla: { thisWeek: number | null; lastWeek: number | null };
  waitingPastSla: { now: number; weekAgo: number | null };
  promiseKeeping: { now: number | null; weekAgo: number | null };
  published: { now: number; weekAgo: number | null };
};

// Whether a move is good news: higher is better unless `lowerIsBetter`.
function tone(now: number | null, before: number | null, lowerIsBetter = false): Tone {
  if (now === null || before === null || Math.round(now) === Math.round(before)) return "neutral";
  return now > before !== lowerIsBetter ? "good" : "bad";
}

export function keyFigures(i: KeyFigureInputs): KeyFigure[] {
  const pct = (v: number | null) => (v === null ? null : v * 100);
  return [
    {
      key: "index",
      label: "Trust Recovery Index",
      value: formatIndex(i.index.now),
      change: pointsChange(i.index.now, i.index.weekAgo),
      tone: tone(i.index.now, i.index.weekAgo),
    },
    {
      key: "received",
      label: "Feedback, last 7 days",
      value: formatCount(i.received.thisWeek),
      change: countChange(i.received.thisWeek, i.received.lastWeek),
      tone: "neutral",
    },
    {
      key: "nonNegative",
      label: "Not negative, last 7 days",
      value: formatShare(i.nonNegative.thisWeek),
      change: shareChange(i.nonNegative.thisWeek, i.nonNegative.lastWeek),
      tone: tone(pct(i.nonNegative.thisWeek), pct(i.nonNegative.lastWeek)),
    },
    {
      key: "median",
      label: "Median first response, last 7 days",
      value: formatMinutes(i.medianMinutes.thisWeek),
      change: minutesChange(i.medianMinutes.thisWeek, i.medianMinutes.lastWeek),
      tone: tone(i.medianMinutes.thisWeek, i.medianMinutes.lastWeek, true),
    },
    {
      key: "withinSla",
      label: "Answered within the SLA, last 7 days",
      value: formatShare(i.withinSla.thisWeek, "no replies yet"),
      change: shareChange(i.withinSla.thisWeek, i.withinSla.lastWeek),
      tone: tone(pct(i.withinSla.thisWeek), pct(i.withinSla.lastWeek)),
    },
    {
      key: "waiting",
      label: "Waiting past the SLA now",
      value: formatCount(i.waitingPastSla.now),
      change: countChange(i.waitingPastSla.now, i.waitingPastSla.weekAgo, "a week ago"),
      tone: tone(i.waitingPastSla.now, i.waitingPastSla.weekAgo, true),
    },
    {
      key: "promises",
      label: "Promises kept on time",
      value: i.promiseKeeping.now === null ? NO_DATA : `${i.promiseKeeping.now}%`,
      change: pointsChange(i.promiseKeeping.now, i.promiseKeeping.weekAgo, "%"),
      tone: tone(i.promiseKeeping.now, i.promiseKeeping.weekAgo),
    },
    {
      key: "stories",
      label: "Stories published with consent",
      value: formatCount(i.published.now),
      change: countChange(i.published.now, i.published.weekAgo, "a week ago"),
      tone: tone(i.published.now, i.published.weekAgo),
    },
  ];
}
