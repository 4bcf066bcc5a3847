import { describe, expect, it } from "vitest";
import { decide, describeWait, windowStartFor } from "@/lib/rate-limit/window";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";

const rule = { limit: 5, windowMs: 10 * 60_000 };

describe("fixed-window maths", () => {
  it("aligns windows to the epoch, so every instance agrees", () => {
    const t = Date.UTC(2026, 2, 3, 9, 7, 30);
    expect(windowStartFor(t, 10 * 60_000)).toBe(Date.UTC(2026, 2, 3, 9, 0, 0));
    expect(windowStartFor(Date.UTC(2026, 2, 3, 9, 10, 0), 10 * 60_000)).toBe(Date.UTC(2026, 2, 3, 9, 10, 0));
    expect(windowStartFor(59_999, 60_000)).toBe(0);
  });

  it("allows up to the limit and refuses the next with the seconds left in the window", () => {
    const start = Date.UTC(2026, 2, 3, 9, 0, 0);
    const now = start + 7 * 60_000 + 30_500;
    expect(decide(1, rule, start, now)).toEqual({ ok: true, limit: 5, remaining: 4, retryAfterSeconds: 0, resetSeconds: 150 });
    expect(decide(5, rule, start, now)).toMatchObject({ ok: true, remaining: 0, retryAfterSeconds: 0 });
    expect(decide(6, rule, start, now)).toMatchObject({ ok: false, remaining: 0, retryAfterSeconds: 150 });
  });

  it("never tells a client to retry after 0 seconds", () => {
    const start = 0;
    expect(decide(9, rule, start, rule.windowMs - 1).retryAfterSeconds).toBe(1);
    expect(decide(9, rule, start, rule.windowMs - 1001).retryAfterSeconds).toBe(2);
  });

  it("says how long to wait in words", () => {
    expect(describeWait(1)).toBe("1 second");
    expect(describeWait(45)).toBe("45 seconds");
    expect(describeWait(60)).toBe("1 minute");
    expect(describeWait(61)).toBe("2 minutes");
    expect(describeWait(900)).toBe("15 minutes");
  });
});

describe("client address", () => {
  const h = (entries: Record<string, string>) => new Headers(entries);
  it("takes the first hop of X-Forwarded-For, else X-Real-IP, else unknown", () => {
    expect(clientAddressFrom(h({ "x-forwarded-for": "203.0.113.7, 10.0.0.2", "x-real-ip": "10.0.0.9" }))).toBe("203.0.113.7");
    expect(clientAddressFrom(h({ "x-real-ip": " 198.51.100.4 " }))).toBe("198.51.100.4");
    expect(clientAddressFrom(h({ "x-forwarded-for": " , " }))).toBe("unknown");
    expect(clientAddressFrom(h({}))).toBe("unknown");
  });
});
