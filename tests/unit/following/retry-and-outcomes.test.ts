import { describe, expect, it } from "vitest";
import { describeFailure, isPermanentFailure, MAX_ATTEMPTS, nextAttemptAt } from "@/lib/following/retry";
import { outcomeOfFollow } from "@/lib/following/outcomes";

const T0 = new Date("2026-03-20T10:00:00Z");
const minutesAfter = (d: Date | null) => (d ? (d.getTime() - T0.getTime()) / 60_000 : null);

describe("retry schedule", () => {
  it("waits longer after each failure, then gives up", () => {
    const waits = Array.from({ length: MAX_ATTEMPTS }, (_, i) => minutesAfter(nextAttemptAt(i + 1, T0)));
    expect(waits).toEqual([1, 5, 15, 60, 240, 720, 720, null]);
    expect(nextAttemptAt(MAX_ATTEMPTS + 3, T0)).toBeNull();
  });

  it("treats a 5xx reply as final and anything else as worth retrying", () => {
    expect(isPermanentFailure({ responseCode: 550 })).toBe(true);
    expect(isPermanentFailure({ responseCode: 451 })).toBe(false);
    expect(isPermanentFailure({ code: "ECONNECTION" })).toBe(false);
    expect(isPermanentFailure(new Error("timeout"))).toBe(false);
  });

  it("records a short one-line reason", () => {
    expect(describeFailure(Object.assign(new Error("Mailbox\r\n unavailable"), { responseCode: 550, code: "EENVELOPE" }))).toBe("550 EENVELOPE: Mailbox unavailable");
    expect(describeFailure(new Error("x".repeat(900)))).toHaveLength(500);
  });
});

describe("follow outcomes", () => {
  it("map the form state without telling whether an address follows", () => {
    expect(outcomeOfFollow({ ok: true, message: "" })).toBe("check-inbox");
    expect(outcomeOfFollow({ ok: false, message: "", status: 422 })).toBe("invalid-address");
    expect(outcomeOfFollow({ ok: false, message: "", status: 429 })).toBe("too-many");
    expect(outcomeOfFollow({ ok: false, message: "", status: 404 })).toBe("unavailable");
    expect(outcomeOfFollow({ ok: false, message: "", status: 500 })).toBe("failed");
  });

});
