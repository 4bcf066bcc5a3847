import { describe, expect, it } from "vitest";
import { formatSlaClock, percentile, responseStats, slaState, UNKNOWN_RESPONDER, type ResponseItem } from "@/lib/feedback/sla";

const T0 = new Date("2024-05-01T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe("slaState", () => {
  it("answered within the SLA, including exactly at the deadline", () => {
    expect(slaState({ receivedAt: T0, respondedAt: at(42), status: "RESPONDED" }, 240, at(1000))).toEqual({
      kind: "answered-within",
      minutesLeft: null,
      minutesOverdue: null,
      responseMinutes: 42,
    });
    expect(slaState({ receivedAt: T0, respondedAt: at(240), status: "RESPONDED" }, 240, at(1000)).kind).toBe("answered-within");
  });

  it("answered late reports by how much", () => {
    const s = slaState({ receivedAt: T0, respondedAt: at(275), status: "RESPONDED" }, 240, at(1000));
    expect(s).toEqual({ kind: "answered-late", minutesLeft: null, minutesOverdue: 35, responseMinutes: 275 });
  });

  it("a reply is a reply even if the item was closed afterwards", () => {
    expect(slaState({ receivedAt: T0, respondedAt: at(10), status: "CLOSED" }, 60, at(1000)).kind).toBe("answered-within");
  });

  it("a reply timestamp before receipt (clock skew) counts as zero minutes", () => {
    const s = slaState({ receivedAt: T0, respondedAt: at(-3), status: "RESPONDED" }, 60, T0);
    expect(s.kind).toBe("answered-within");
    expect(s.responseMinutes).toBe(0);
  });

  it("open within the SLA counts down; the deadline minute is still within", () => {
    expect(slaState({ receivedAt: T0, respondedAt: null, status: "NEW" }, 240, at(110))).toEqual({
      kind: "open-within",
      minutesLeft: 130,
      minutesOverdue: null,
      responseMinutes: null,
    });
    expect(slaState({ receivedAt: T0, respondedAt: null, status: "IN_PROGRESS" }, 240, at(240)).minutesLeft).toBe(0);
  });

  it("open past the SLA is overdue", () => {
    const s = slaState({ receivedAt: T0, respondedAt: null, status: "NEW" }, 240, at(275));
    expect(s).toEqual({ kind: "open-overdue", minutesLeft: null, minutesOverdue: 35, responseMinutes: null });
  });

  it("an item received in the future (now before receivedAt) has the whole SLA left", () => {
    expect(slaState({ receivedAt: T0, respondedAt: null, status: "NEW" }, 60, at(-5)).minutesLeft).toBe(60);
  });

  it("closed without a reply stops the clock", () => {
    expect(slaState({ receivedAt: T0, respondedAt: null, status: "CLOSED" }, 60, at(5000))).toEqual({
      kind: "closed-unanswered",
      minutesLeft: null,
      minutesOverdue: null,
      responseMinutes: null,
    });
  });

  it("refuses a zero, negative or non-finite SLA", () => {
    const item = { receivedAt: T0, respondedAt: null, status: "NEW" };
    expect(() => slaState(item, 0, T0)).toThrow(RangeError);
    expect(() => slaState(item, -5, T0)).toThrow(RangeError);
    expect(() => slaState(item, Number.NaN, T0)).toThrow(RangeError);
  });
});

describe("percentile (linear interpolation)", () => {
  it("empty → null", () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([Number.NaN], 50)).toBeNull();
  });

  it("one value is every percentile", () => {
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 90)).toBe(7);
  });

  it("interpolates between ranks and accepts unsorted input without mutating it", () => {
    const values = [4, 1, 3, 2];
    expect(percentile(values, 50)).toBe(2.5);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(4);
    expect(values).toEqual([4, 1, 3, 2]);
  });

  it("p90 of 1..10 is 9.1 (numpy/Excel PERCENTILE.INC)", () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1, 10);
  });

  it("refuses p outside 0–100", () => {
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("responseStats", () => {
  const item = (channel: string, responseMinutes: number | null, responderId: string | null = null): ResponseItem => ({
    receivedAt: T0,
    respondedAt: responseMinutes === null ? null : at(responseMinutes),
    channel,
    responderId,
  });

  it("nothing at all: zero counts and null figures, empty groups", () => {
    expect(responseStats([], 60)).toEqual({
      count: 0,
      answered: 0,
      medianMinutes: null,
      p90Minutes: null,
      withinSlaShare: null,
      byChannel: {},
      byResponder: {},
    });
  });

  it("nothing answered: share is null, not 0", () => {
    const s = responseStats([item("SOCIAL", null), item("EMAIL", null)], 60);
    expect(s.count).toBe(2);
    expect(s.answered).toBe(0);
    expect(s.withinSlaShare).toBeNull();
    expect(s.byChannel.SOCIAL).toMatchObject({ count: 1, answered: 0, withinSlaShare: null });
    expect(s.byResponder).toEqual({});
  });

  it("computes overall and grouped figures", () => {
    const items = [
      item("SOCIAL", 10, "u1"),
      item("SOCIAL", 30, "u2"),
      item("SOCIAL", 90, "u1"),
      item("EMAIL", 60, "u2"),
      item("EMAIL", null),
      item("REVIEW", 200, null),
    ];
    const s = responseStats(items, 60);
    expect(s.count).toBe(6);
    expect(s.answered).toBe(5);
    expect(s.medianMinutes).toBe(60);
    expect(s.p90Minutes).toBeCloseTo(156, 10);
    expect(s.withinSlaShare).toBeCloseTo(3 / 5, 10);
    expect(s.byChannel.SOCIAL).toMatchObject({ count: 3, answered: 3, medianMinutes: 30 });
    expect(s.byChannel.SOCIAL.withinSlaShare).toBeCloseTo(2 / 3, 10);
    expect(s.byChannel.EMAIL).toMatchObject({ count: 2, answered: 1, withinSlaShare: 1 });
    expect(s.byChannel.REVIEW).toMatchObject({ answered: 1, withinSlaShare: 0 });
    expect(s.byResponder.u1).toMatchObject({ count: 2, answered: 2, medianMinutes: 50, withinSlaShare: 0.5 });
    expect(s.byResponder.u2).toMatchObject({ count: 2, withinSlaShare: 1 });
    expect(s.byResponder[UNKNOWN_RESPONDER]).toMatchObject({ count: 1, withinSlaShare: 0 });
  });
});

describe("formatSlaClock", () => {
  const open = (minutes: number) => slaState({ receivedAt: T0, respondedAt: null, status: "NEW" }, 240, at(minutes));

  it("open: time left, rounding up", () => {
    expect(formatSlaClock(open(110))).toBe("2 h 10 min left");
    expect(formatSlaClock(open(239.5))).toBe("1 min left");
    expect(formatSlaClock(open(0))).toBe("4 h left");
  });

  it("overdue: a few seconds late is already a minute overdue", () => {
    expect(formatSlaClock(open(275))).toBe("35 min overdue");
    expect(formatSlaClock(open(240.1))).toBe("1 min overdue");
    expect(formatSlaClock(open(240 + 3 * 24 * 60))).toBe("3 d 0 h overdue");
  });

  it("answered and closed", () => {
    expect(formatSlaClock(slaState({ receivedAt: T0, respondedAt: at(42), status: "RESPONDED" }, 240, T0))).toBe("answered in 42 min");
    expect(formatSlaClock(slaState({ receivedAt: T0, respondedAt: at(275), status: "RESPONDED" }, 240, T0))).toBe("answered 35 min late");
    expect(formatSlaClock(slaState({ receivedAt: T0, respondedAt: null, status: "CLOSED" }, 240, T0))).toBe("closed without reply");
  });
});
