import { describe, expect, it } from "vitest";
import { describeTrend, fillWeeks, lastWeeks, shareOf, trendOf, weekStart } from "@/lib/learn/trend";

describe("theme weeks and trend", () => {
  it("starts weeks on Monday, UTC", () => {
    expect(weekStart(new Date("2026-06-08T00:00:00Z"))).toBe("2026-06-08"); // Monday
    expect(weekStart(new Date("2026-06-14T23:59:59Z"))).toBe("2026-06-08"); // Sunday
    expect(weekStart(new Date("2026-06-15T00:00:00Z"))).toBe("2026-06-15");
    expect(weekStart(new Date("2026-01-01T12:00:00Z"))).toBe("2025-12-29"); // across a year
  });

  it("lists the last weeks oldest first and fills the silent ones with zero", () => {
    const weeks = lastWeeks(new Date("2026-06-10T12:00:00Z"), 3);
    expect(weeks).toEqual(["2026-05-25", "2026-06-01", "2026-06-08"]);
    expect(fillWeeks([{ week: "2026-06-01", count: 4 }], weeks)).toEqual([
      { week: "2026-05-25", count: 0 },
      { week: "2026-06-01", count: 4 },
      { week: "2026-06-08", count: 0 },
    ]);
  });

  it("compares this week with last, treating ±10% as steady", () => {
    expect(trendOf(12, 6)).toMatchObject({ direction: "up", change: 1 });
    expect(trendOf(3, 6)).toMatchObject({ direction: "down", change: -0.5 });
    expect(trendOf(10, 10).direction).toBe("flat");
    expect(trendOf(11, 10).direction).toBe("up");
    expect(trendOf(4, 0)).toMatchObject({ direction: "new", change: null });
    expect(trendOf(0, 0).direction).toBe("none");
    expect(describeTrend(trendOf(3, 6))).toBe("Down 50%: 3 this week, 6 the week before");
  });

  it("computes the share of negative feedback, none when there is none", () => {
    expect(shareOf(5, 20)).toBe(0.25);
    expect(shareOf(0, 0)).toBeNull();
  });
});
