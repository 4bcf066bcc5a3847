// Response-time SLA maths for the Listen inbox and the dashboard. Pure: the inbox clock, the
// dashboard figures and the trust index all read the same rules from here.
import { formatDuration } from "@/lib/shared/format";

export type SlaKind = "answered-within" | "answered-late" | "open-within" | "open-overdue" | "closed-unanswered";

export type SlaState = {
  kind: SlaKind;
  // Fractional minutes; formatting rounds. minutesLeft only while open within the SLA,
  // minutesOverdue for open-overdue (so far) and answered-late (by how much).
  minutesLeft: number | null;
  minutesOverdue: number | null;
  responseMinutes: number | null;
};

export type SlaItem = { receivedAt: Date; respondedAt: Date | null; status: string };

const MINUTE_MS = 60_000;

function assertSla(slaMinutes: number) {
  if (!Number.isFinite(slaMinutes) || slaMinutes <= 0) throw new RangeError(`SLA must be a positive number of minutes, got ${slaMinutes}.`);
}

// Imported items can carry a reply timestamp slightly before the receipt timestamp (clocks of two
// systems); a negative duration would read as "answered before asked", so it counts as zero.
const minutesBetween = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / MINUTE_MS);

// The deadline itself is still on time: answering at exactly SLA minutes counts as within.
export function slaState(item: SlaItem, slaMinutes: number, now: Date): SlaState {
  assertSla(slaMinutes);
  if (item.respondedAt) {
    const responseMinutes = minutesBetween(item.receivedAt, item.respondedAt);
    const late = responseMinutes > slaMinutes;
    return {
      kind: late ? "answered-late" : "answered-within",
      minutesLeft: null,
      minutesOverdue: late ? responseMinutes - slaMinutes : null,
      responseMinutes,
    };
  }
  // Closed without a reply (spam, duplicates, nothing to say): no clock runs any more.
  if (item.status === "CLOSED") return { kind: "closed-unanswered", minutesLeft: null, minutesOverdue: null, responseMinutes: null };
  const elapsed = minutesBetween(item.receivedAt, now);
  if (elapsed <= slaMinutes) return { kind: "open-within", minutesLeft: slaMinutes - elapsed, minutesOverdue: null, responseMinutes: null };
  return { kind: "open-overdue", minutesLeft: null, minutesOverdue: elapsed - slaMinutes, responseMinutes: null };
}

// Linear interpolation between closest ranks (the "R-7" method of numpy, R and Excel's
// PERCENTILE.INC): the median of [1, 2, 3, 4] is 2.5, and p0/p100 are the min/max. Chosen over
// nearest-rank because small inboxes (a handful of replies) otherwise jump from one reply to the next.
// p is 0–100. Non-finite values are ignored; nothing left → null.
export function percentile(values: number[], p: number): number | null {
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`Percentile must be between 0 and 100, got ${p}.`);
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export type ResponseItem = { receivedAt: Date; respondedAt: Date | null; channel: string; responderId: string | null };

export type ResponseFigures = {
  count: number;
  answered: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  // Share of answered items answered within the SLA; null when nothing was answered, never 0.
  withinSlaShare: number | null;
};

export type ResponseStats = ResponseFigures & {
  byChannel: Record<string, ResponseFigures>;
  // Answered items only, keyed by responder; a deleted responder (id set to null) is UNKNOWN_RESPONDER.
  byResponder: Record<string, ResponseFigures>;
};

export const UNKNOWN_RESPONDER = "unknown";

function figures(items: ResponseItem[], slaMinutes: number): ResponseFigures {
  const minutes = items.filter((i) => i.respondedAt).map((i) => minutesBetween(i.receivedAt, i.respondedAt as Date));
  return {
    count: items.length,
    answered: minutes.length,
    medianMinutes: percentile(minutes, 50),
    p90Minutes: percentile(minutes, 90),
    withinSlaShare: minutes.length ? minutes.filter((m) => m <= slaMinutes).length / minutes.length : null,
  };
}

function groupBy(items: ResponseItem[], key: (i: ResponseItem) => string | undefined): Map<string, ResponseItem[]> {
  const groups = new Map<string, ResponseItem[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function responseStats(items: ResponseItem[], slaMinutes: number): ResponseStats {
  assertSla(slaMinutes);
  const toRecord = (groups: Map<string, ResponseItem[]>) =>
    Object.fromEntries([...groups].map(([k, list]) => [k, figures(list, slaMinutes)]));
  return {
    ...figures(items, slaMinutes),
    byChannel: toRecord(groupBy(items, (i) => i.channel)),
    byResponder: toRecord(groupBy(items, (i) => (i.respondedAt ? (i.responderId ?? UNKNOWN_RESPONDER) : undefined))),
  };
}

// A countdown reads "1 min left" until the last second, and being a few seconds late is already
// "1 min overdue": both round up, so the clock never shows "0 min" while something is at stake.
export function formatSlaClock(state: SlaState): string {
  const up = (m: number | null) => formatDuration(Math.ceil(m ?? 0));
  switch (state.kind) {
    case "open-within":
      return `${up(state.minutesLeft)} left`;
    case "open-overdue":
      return `${up(state.minutesOverdue)} overdue`;
    case "answered-within":
      return `answered in ${formatDuration(state.responseMinutes ?? 0)}`;
    case "answered-late":
      return `answered ${up(state.minutesOverdue)} late`;
    case "closed-unanswered":
      return "closed without reply";
  }
}
