import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The kick runs drains after the response (next/server's after); here after() runs the callback at
// once and each drain is a promise the test settles by hand.
const drains: { resolve: () => void }[] = [];
vi.mock("next/server", () => ({ after: (fn: () => unknown) => void fn() }));
vi.mock("@/lib/following/config", () => ({ followingEnabled: () => true }));
vi.mock("@/lib/following/drain", () => ({
  drainFollowerMail: vi.fn(
    () =>
      new Promise((resolve) => {
        drains.push({ resolve: () => resolve({ queued: 0, sent: 0, retrying: 0, failed: 0, cancelled: 0 }) });
      }),
  ),
}));

const { kickFollowerMail, STUCK_DRAIN_MS } = await import("@/lib/following/kick");
const flush = () => new Promise((r) => setTimeout(r, 0));

describe("kickFollowerMail", () => {
  beforeEach(() => {
    drains.length = 0;
    vi.useFakeTimers({ toFake: ["Date"] });
  });
  afterEach(async () => {
    for (const d of drains) d.resolve();
    await flush();
    vi.useRealTimers();
  });

  it("runs one drain at a time and one more pass for kicks that came during it", async () => {
    kickFollowerMail();
    kickFollowerMail();
    kickFollowerMail();
    await flush();
    expect(drains).toHaveLength(1);
    drains[0].resolve();
    await flush();
    // The kicks during the first drain ask for exactly one more pass.
    expect(drains).toHaveLength(2);
    drains[1].resolve();
    await flush();
    expect(drains).toHaveLength(2);
  });

  it("does not wait for ever on a drain that is stuck: past the limit, a kick starts another", async () => {
    kickFollowerMail();
    await flush();
    expect(drains).toHaveLength(1);
    vi.setSystemTime(Date.now() + STUCK_DRAIN_MS - 1_000);
    kickFollowerMail();
    await flush();
    expect(drains).toHaveLength(1);
    vi.setSystemTime(Date.now() + 2_000);
    kickFollowerMail();
    await flush();
    expect(drains).toHaveLength(2);
    // The stuck one ending late does not free the slot its successor holds.
    drains[0].resolve();
    await flush();
    kickFollowerMail();
    await flush();
    expect(drains).toHaveLength(2);
  });
});
