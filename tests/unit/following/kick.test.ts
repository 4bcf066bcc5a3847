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

const { kickFollowerMail, settleFollowerMail, startFollowerMailSweep, STUCK_DRAIN_MS } = await import("@/lib/following/kick");
const slot = (globalThis as unknown as { kintsugiFollowerDrain: { closing: boolean } }).kintsugiFollowerDrain;
const flush = () => new Promise((r) => setTimeout(r, 0));
// The sweep's timer is faked too; `advance` moves the clock and lets the drains it started begin.
const fakeSweepTimers = () => vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
async function advance(ms: number) {
  vi.advanceTimersByTime(ms);
  await flush();
}

describe("kickFollowerMail", () => {
  beforeEach(() => {
    drains.length = 0;
    vi.useFakeTimers({ toFake: ["Date"] });
  });
  afterEach(async () => {
    // Settle every drain, including the extra passes settling one may start, so none is still
    // running when the next test begins.
    for (let settled = 0; settled < drains.length; ) {
      const upTo = drains.length;
      for (; settled < upTo; settled++) drains[settled].resolve();
      await flush();
    }
    slot.closing = false;
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

  it("sweeps on a timer when no drain is running, never beside one, and stops when told", async () => {
    fakeSweepTimers();
    const stop = startFollowerMailSweep(60);
    await advance(59_999);
    expect(drains).toHaveLength(0);
    await advance(1);
    expect(drains).toHaveLength(1);
    // Still running a minute later: the sweep leaves it be (and asks for no extra pass).
    await advance(60_000);
    expect(drains).toHaveLength(1);
    drains[0].resolve();
    await flush();
    expect(drains).toHaveLength(1);
    await advance(60_000);
    expect(drains).toHaveLength(2);
    drains[1].resolve();
    await flush();
    stop();
    await advance(600_000);
    expect(drains).toHaveLength(2);
  });

  it("does not sweep when the interval is 0", async () => {
    fakeSweepTimers();
    startFollowerMailSweep(0);
    await advance(3_600_000);
    expect(drains).toHaveLength(0);
  });

  it("replaces a stuck drain on the next sweep, even with no kick coming", async () => {
    fakeSweepTimers();
    const stop = startFollowerMailSweep(60);
    await advance(60_000);
    expect(drains).toHaveLength(1);
    await advance(STUCK_DRAIN_MS);
    expect(drains).toHaveLength(2);
    stop();
  });

  it("on shutdown waits for the running drain, tells it to claim nothing more, and starts no other", async () => {
    const { drainFollowerMail } = await import("@/lib/following/drain");
    kickFollowerMail();
    await flush();
    expect(drains).toHaveLength(1);
    const options = vi.mocked(drainFollowerMail).mock.calls.at(-1)![0] as { stop: () => boolean };
    expect(options.stop()).toBe(false);
    let settled = false;
    const settling = settleFollowerMail().then(() => (settled = true));
    expect(options.stop()).toBe(true);
    kickFollowerMail();
    await flush();
    expect(settled).toBe(false);
    drains[0].resolve();
    await settling;
    // The kick during shutdown asked for no further pass.
    expect(drains).toHaveLength(1);
  });
});
