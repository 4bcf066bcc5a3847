import { describe, expect, it } from "vitest";
import { addDays, asOf, countRange, responseWeeks, seriesRange, startOfUtcDay, weekDays } from "@/lib/dashboard/days";
import { weekCounts } from "@/lib/dashboard/response-weeks-math";
import { burnupDays, emptyCounts, running, sentimentDays, trustInputsSeries, type DailyCounts } from "@/lib/dashboard/series";
import { computeTrustIndex } from "@/lib/dashboard/trust-index";

const d = (s: string) => new Date(`${s}Z`);

describe("days", () => {
  it("a series starts on the campaign's first day, or eight weeks ago for older ones", () => {
    const now = d("2026-06-10T12:00:00");
    expect(seriesRange(d("2026-06-01T09:00:00"), now)).toEqual({ first: d("2026-06-01T00:00:00"), days: 10 });
    expect(seriesRange(d("2025-01-01T00:00:00"), now)).toEqual({ first: d("2026-04-16T00:00:00"), days: 56 });
    // An incident dated later than today still has today's point.
    expect(seriesRange(d("2026-07-01T00:00:00"), now)).toEqual({ first: d("2026-06-10T00:00:00"), days: 1 });
    expect(countRange({ first: d("2026-06-01T00:00:00"), days: 10 })).toEqual({ start: d("2026-05-26T00:00:00"), days: 16 });
  });

  it("a day is measured at its end, today as of now", () => {
    const now = d("2026-06-10T12:00:00");
    expect(asOf(d("2026-06-03T15:00:00"), now)).toEqual(d("2026-06-04T00:00:00"));
    expect(asOf(d("2026-06-10T00:00:00"), now)).toEqual(now);
    expect(startOfUtcDay(d("2026-06-10T23:59:59"))).toEqual(d("2026-06-10T00:00:00"));
    expect(addDays(d("2026-06-10T00:00:00"), -1)).toEqual(d("2026-06-09T00:00:00"));
  });

  it("weeks end today and skip those wholly before the campaign", () => {
    const now = d("2026-06-10T12:00:00");
    expect(responseWeeks(d("2026-06-01T09:00:00"), now).map((w) => [w.label, w.end.toISOString()])).toEqual([
      ["2026-05-28", "2026-06-04T00:00:00.000Z"],
      ["2026-06-04", "2026-06-10T12:00:00.000Z"],
    ]);
    expect(responseWeeks(d("2020-01-01T00:00:00"), now)).toHaveLength(8);
    expect(responseWeeks(d("2026-06-10T11:00:00"), now)).toHaveLength(1);
  });

  it("a week's counts are the sum of its days, today included", () => {
    const [last, current] = responseWeeks(d("2026-06-01T09:00:00"), d("2026-06-10T12:00:00"));
    expect(weekDays(current)).toEqual(["2026-06-04", "2026-06-05", "2026-06-06", "2026-06-07", "2026-06-08", "2026-06-09", "2026-06-10"]);
    const days = new Map([
      ["2026-06-03", { total: 4, answered: 3, within: 2 }],
      ["2026-06-04", { total: 1, answered: 0, within: 0 }],
      ["2026-06-10", { total: 5, answered: 3, within: 2 }],
    ]);
    expect(weekCounts([weekDays(last), weekDays(current)], days)).toEqual([
      { i: 0, total: 4, answered: 3, within: 2 },
      { i: 1, total: 6, answered: 3, within: 2 },
    ]);
  });
});

describe("running totals", () => {
  it("include everything before the range in the first day", () => {
    expect(running([5, 1, 0, 2])).toEqual([6, 6, 8]);
    expect(running([0])).toEqual([]);
  });
});

// A three-day range (1–3 June) for a campaign that happened on 1 June, as of 3 June 12:00.
function counts(fill: (c: DailyCounts) => void): DailyCounts {
  const c = emptyCounts(3);
  fill(c);
  return c;
}
const ctx = { range: { start: d("2026-06-01T00:00:00"), days: 3 }, baselineEnd: d("2026-06-08T00:00:00"), now: d("2026-06-03T12:00:00") };

describe("trust inputs per day", () => {
  it("no data at all: every component is no data, every day", () => {
    const points = trustInputsSeries(ctx, emptyCounts(3));
    expect(points.map((p) => p.day)).toEqual(["2026-06-01", "2026-06-02", "2026-06-03"]);
    for (const p of points) expect(computeTrustIndex(p.inputs).index).toBeNull();
  });

  it("in the first week the baseline grows with the days; after it, it is the first week's counts", () => {
    const c = counts((c) => {
      c.feedback.negative = [0, 2, 1, 0];
      c.feedback.positive = [0, 0, 1, 3];
      c.feedback.baseline = { total: 40, negative: 30 };
    });
    const points = trustInputsSeries(ctx, c);
    expect(points[1].inputs.sentiment).toEqual({ baselineTotal: 4, baselineNonNegative: 1, windowTotal: 4, windowNonNegative: 1 });
    const later = trustInputsSeries({ ...ctx, baselineEnd: d("2026-06-03T00:00:00") }, c);
    expect(later[0].inputs.sentiment.baselineTotal).toBe(2);
    expect(later[2].inputs.sentiment).toEqual({ baselineTotal: 40, baselineNonNegative: 10, windowTotal: 7, windowNonNegative: 4 });
  });

  it("a baseline that ends within the range is the sum of its days", () => {
    // Baseline ends at the start of 3 June: before it, 1 June (2 negative) and 2 June (1 positive).
    const c = counts((c) => {
      c.feedback.negative = [1, 2, 0, 0];
      c.feedback.positive = [0, 0, 1, 5];
    });
    const points = trustInputsSeries({ ...ctx, baselineEnd: d("2026-06-03T00:00:00") }, c);
    expect(points[2].inputs.sentiment).toEqual({ baselineTotal: 4, baselineNonNegative: 1, windowTotal: 8, windowNonNegative: 6 });
  });

  it("an item is overdue from its deadline until its reply", () => {
    // Day 1: one item falls due unanswered (still waiting) and one answered late falls due.
    // Day 2: the late one is answered. Day 3: one answered within the SLA.
    const c = counts((c) => {
      c.feedback.overdueStarts = [0, 2, 0, 0];
      c.feedback.answered = [0, 0, 1, 1];
      c.feedback.within = [0, 0, 0, 1];
    });
    expect(trustInputsSeries(ctx, c).map((p) => p.inputs.responses)).toEqual([
      { answeredWithinSla: 0, answeredLate: 0, openOverdue: 2 },
      { answeredWithinSla: 0, answeredLate: 1, openOverdue: 1 },
      { answeredWithinSla: 1, answeredLate: 1, openOverdue: 1 },
    ]);
  });

  it("a promise kept before its date counts as due and kept from the day it was kept", () => {
    const c = counts((c) => {
      c.commitments.due = [1, 0, 1, 0]; // one due before the range (missed), one due on day 2
      c.commitments.kept = [0, 1, 0, 0]; // kept on day 1, ahead of its date on day 2
      c.commitments.keptByDueDate = [0, 0, 1, 0];
    });
    expect(trustInputsSeries(ctx, c).map((p) => p.inputs.promises)).toEqual([
      { due: 2, keptOnTime: 1 },
      { due: 2, keptOnTime: 1 },
      { due: 2, keptOnTime: 1 },
    ]);
  });

  it("everything done: every component at 100", () => {
    const c = counts((c) => {
      c.feedback.negative = [10, 0, 0, 0];
      c.feedback.positive = [0, 0, 0, 5];
      c.feedback.baseline = { total: 10, negative: 10 };
      c.feedback.answered = [10, 0, 0, 5];
      c.feedback.within = [10, 0, 0, 5];
      c.commitments.due = [4, 0, 0, 0];
      c.commitments.kept = [4, 0, 0, 0];
      c.commitments.keptByDueDate = [4, 0, 0, 0];
      c.commitments.active = [4, 0, 0, 0];
      c.commitments.evidenced = [4, 0, 0, 0];
      for (const e of ["COMPETENCE", "MOTIVE", "MEANS", "IMPACT"] as const) c.commitments.created[e] = [1, 0, 0, 0];
      c.stories.collected = [6, 0, 0, 0];
      c.stories.published = [5, 0, 0, 0];
    });
    const last = trustInputsSeries({ ...ctx, baselineEnd: d("2026-05-20T00:00:00") }, c).at(-1)!;
    expect(computeTrustIndex(last.inputs).components.map((x) => x.value)).toEqual([100, 100, 100, 100, 100, 100]);
  });

  it("starts the points where asked, and gives the charts the same days", () => {
    const c = counts((c) => {
      c.feedback.neutral = [0, 1, 2, 3];
      c.commitments.created.MEANS = [1, 1, 0, 0];
      c.commitments.dueNotDropped = [0, 1, 0, 0];
      c.commitments.done = [0, 0, 0, 1];
    });
    expect(trustInputsSeries(ctx, c, 1).map((p) => p.day)).toEqual(["2026-06-02", "2026-06-03"]);
    expect(sentimentDays(ctx.range, c.feedback, 1)).toEqual([
      { day: "2026-06-02", negative: 0, neutral: 2, positive: 0 },
      { day: "2026-06-03", negative: 0, neutral: 3, positive: 0 },
    ]);
    expect(burnupDays(ctx.range, c.commitments)).toEqual([
      { day: "2026-06-01", committed: 2, due: 1, done: 0 },
      { day: "2026-06-02", committed: 2, due: 1, done: 0 },
      { day: "2026-06-03", committed: 2, due: 1, done: 1 },
    ]);
  });
});
