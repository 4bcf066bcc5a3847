import { describe, expect, it } from "vitest";
import { computeTrustIndex, TRUST_COMPONENTS, TRUST_INDEX_MARKDOWN, type TrustInputs } from "@/lib/dashboard/trust-index";
import { advocacy, elementCoverage, evidenceCoverage, promiseKeeping, responsiveness, sentimentRecovery } from "@/lib/dashboard/trust-components";

const EMPTY: TrustInputs = {
  sentiment: { baselineTotal: 0, baselineNonNegative: 0, windowTotal: 0, windowNonNegative: 0 },
  responses: { answeredWithinSla: 0, answeredLate: 0, openOverdue: 0 },
  promises: { due: 0, keptOnTime: 0 },
  evidence: { doneOrInProgress: 0, withEvidence: 0 },
  commitmentsByElement: {},
  stories: { collected: 0, publishedWithConsent: 0 },
};

const FULL: TrustInputs = {
  sentiment: { baselineTotal: 100, baselineNonNegative: 20, windowTotal: 50, windowNonNegative: 50 },
  responses: { answeredWithinSla: 40, answeredLate: 0, openOverdue: 0 },
  promises: { due: 6, keptOnTime: 6 },
  evidence: { doneOrInProgress: 8, withEvidence: 8 },
  commitmentsByElement: { COMPETENCE: 3, MOTIVE: 1, MEANS: 2, IMPACT: 2 },
  stories: { collected: 9, publishedWithConsent: 7 },
};

const value = (r: ReturnType<typeof computeTrustIndex>, key: string) => r.components.find((c) => c.key === key)?.value;

describe("computeTrustIndex", () => {
  it("no data at all: no index, every component null with a reason, no weight carried", () => {
    const r = computeTrustIndex(EMPTY);
    expect(r.index).toBeNull();
    expect(r.components).toHaveLength(6);
    for (const c of r.components) {
      expect(c.value).toBeNull();
      expect(c.effectiveWeight).toBe(0);
      expect(c.explanation.length).toBeGreaterThan(5);
    }
  });

  it("everything done: 100, with weights as documented", () => {
    const r = computeTrustIndex(FULL);
    expect(r.index).toBe(100);
    expect(r.components.map((c) => [c.key, c.value, c.weight])).toEqual([
      ["sentimentRecovery", 100, 25],
      ["responsiveness", 100, 20],
      ["promiseKeeping", 100, 25],
      ["evidenceCoverage", 100, 10],
      ["elementCoverage", 100, 10],
      ["advocacy", 100, 10],
    ]);
    expect(r.components.reduce((s, c) => s + c.effectiveWeight, 0)).toBeCloseTo(1, 12);
    expect(TRUST_COMPONENTS.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });

  it("no SLA answers yet: responsiveness is no data and its weight is spread over the rest", () => {
    const r = computeTrustIndex({ ...FULL, responses: { answeredWithinSla: 0, answeredLate: 0, openOverdue: 0 } });
    const resp = r.components.find((c) => c.key === "responsiveness")!;
    expect(resp.value).toBeNull();
    expect(resp.effectiveWeight).toBe(0);
    expect(r.index).toBe(100);
    expect(r.components.find((c) => c.key === "promiseKeeping")!.effectiveWeight).toBeCloseTo(25 / 80, 12);
  });

  it("nothing answered in time while items wait is a real 0, not no data", () => {
    const r = computeTrustIndex({ ...FULL, responses: { answeredWithinSla: 0, answeredLate: 0, openOverdue: 12 } });
    expect(value(r, "responsiveness")).toBe(0);
    expect(r.index).toBe(80);
  });

  it("a component missing re-normalizes the weights of the others", () => {
    // Only promises (50) and responsiveness (100) have data: (25×50 + 20×100) / 45 = 72.2 → 72.
    const r = computeTrustIndex({
      ...EMPTY,
      promises: { due: 4, keptOnTime: 2 },
      responses: { answeredWithinSla: 5, answeredLate: 0, openOverdue: 0 },
    });
    expect(r.index).toBe(72);
    expect(r.components.filter((c) => c.value !== null).map((c) => c.key)).toEqual(["responsiveness", "promiseKeeping"]);
    expect(r.components.find((c) => c.key === "responsiveness")!.effectiveWeight).toBeCloseTo(20 / 45, 12);
  });

  it("a single component with data is the index", () => {
    const r = computeTrustIndex({ ...EMPTY, stories: { collected: 3, publishedWithConsent: 2 } });
    expect(r.index).toBe(40);
    expect(r.components.find((c) => c.key === "advocacy")!.effectiveWeight).toBe(1);
  });

  it("rounds the index once, from unrounded components, half up", () => {
    // Responsiveness 2/3 = 66.67 and promises 1/3 = 33.33: shown as 67 and 33.
    const r = computeTrustIndex({
      ...EMPTY,
      responses: { answeredWithinSla: 2, answeredLate: 1, openOverdue: 0 },
      promises: { due: 3, keptOnTime: 1 },
    });
    expect(value(r, "responsiveness")).toBe(67);
    expect(value(r, "promiseKeeping")).toBe(33);
    // (20 × 66.667 + 25 × 33.333) / 45 = 48.15 → 48.
    expect(r.index).toBe(48);
    // Evidence 2/3 (shown 67) and advocacy 20, equal weights: (66.667 + 20) / 2 = 43.3 → 43, where
    // averaging the shown parts would give 43.5 → 44.
    const fromRaw = computeTrustIndex({
      ...EMPTY,
      evidence: { doneOrInProgress: 3, withEvidence: 2 },
      stories: { collected: 1, publishedWithConsent: 1 },
    });
    expect(value(fromRaw, "evidenceCoverage")).toBe(67);
    expect(fromRaw.index).toBe(43);
    // Exactly x.5 rounds up: advocacy 20 (w10) and evidence 1/4 = 25 (w10) → 22.5 → 23.
    const half = computeTrustIndex({
      ...EMPTY,
      stories: { collected: 1, publishedWithConsent: 1 },
      evidence: { doneOrInProgress: 4, withEvidence: 1 },
    });
    expect(half.index).toBe(23);
  });

  it("is monotonic: more good outcomes never lower the index, more bad ones never raise it", () => {
    const base: TrustInputs = {
      sentiment: { baselineTotal: 40, baselineNonNegative: 10, windowTotal: 30, windowNonNegative: 12 },
      responses: { answeredWithinSla: 10, answeredLate: 5, openOverdue: 5 },
      promises: { due: 5, keptOnTime: 2 },
      evidence: { doneOrInProgress: 6, withEvidence: 3 },
      commitmentsByElement: { COMPETENCE: 2, IMPACT: 1 },
      stories: { collected: 4, publishedWithConsent: 1 },
    };
    const idx = (i: TrustInputs) => computeTrustIndex(i).index!;
    const start = idx(base);
    const better: TrustInputs[] = [
      { ...base, sentiment: { ...base.sentiment, windowNonNegative: 20 } },
      { ...base, responses: { ...base.responses, answeredWithinSla: 15 } },
      { ...base, promises: { due: 5, keptOnTime: 4 } },
      { ...base, evidence: { doneOrInProgress: 6, withEvidence: 6 } },
      { ...base, commitmentsByElement: { ...base.commitmentsByElement, MOTIVE: 1 } },
      { ...base, stories: { collected: 4, publishedWithConsent: 3 } },
    ];
    for (const b of better) expect(idx(b)).toBeGreaterThan(start);
    const worse: TrustInputs[] = [
      { ...base, responses: { ...base.responses, openOverdue: 20 } },
      { ...base, promises: { due: 8, keptOnTime: 2 } },
      { ...base, sentiment: { ...base.sentiment, windowNonNegative: 3 } },
    ];
    for (const w of worse) expect(idx(w)).toBeLessThan(start);
    // Sweeping one count step by step never goes down.
    let previous = -1;
    for (let kept = 0; kept <= 5; kept++) {
      const v = idx({ ...base, promises: { due: 5, keptOnTime: kept } });
      expect(v).toBeGreaterThanOrEqual(previous);
      previous = v;
    }
  });

  it("stays within 0–100 and clamps inconsistent counts instead of failing", () => {
    const r = computeTrustIndex({
      ...EMPTY,
      promises: { due: 2, keptOnTime: 5 },
      evidence: { doneOrInProgress: 3, withEvidence: -1 },
      sentiment: { baselineTotal: 10, baselineNonNegative: 12, windowTotal: 5, windowNonNegative: Number.NaN },
    });
    expect(value(r, "promiseKeeping")).toBe(100);
    expect(value(r, "evidenceCoverage")).toBe(0);
    expect(value(r, "sentimentRecovery")).toBe(0);
    expect(r.index).toBeGreaterThanOrEqual(0);
    expect(r.index).toBeLessThanOrEqual(100);
  });
});

describe("sentimentRecovery", () => {
  const s = (baselineNonNegative: number, windowNonNegative: number, baselineTotal = 100, windowTotal = 100) =>
    sentimentRecovery({ baselineTotal, baselineNonNegative, windowTotal, windowNonNegative }).value;

  it("50 at the baseline, 100 with no negative feedback, 0 with only negative", () => {
    expect(s(40, 40)).toBe(50);
    expect(s(40, 100)).toBe(100);
    expect(s(40, 0)).toBe(0);
  });

  it("scales each side by its own room", () => {
    expect(s(20, 60)).toBeCloseTo(75, 10); // halfway from 20% to 100%
    expect(s(80, 40)).toBeCloseTo(25, 10); // halfway from 80% down to 0%
  });

  it("endpoints win when baseline and current are equal at an extreme", () => {
    expect(s(0, 0)).toBe(0);
    expect(s(100, 100)).toBe(100);
    expect(s(0, 50)).toBe(75);
    expect(s(100, 50)).toBe(25);
  });

  it("no data without feedback in both periods", () => {
    expect(s(0, 10, 0, 20)).toBeNull();
    expect(s(10, 0, 20, 0)).toBeNull();
    expect(sentimentRecovery({ baselineTotal: 0, baselineNonNegative: 0, windowTotal: 0, windowNonNegative: 0 }).explanation).toMatch(/No feedback/);
  });

  it("explains itself in shares", () => {
    expect(sentimentRecovery({ baselineTotal: 50, baselineNonNegative: 20, windowTotal: 20, windowNonNegative: 15 }).explanation).toBe(
      "75% of recent feedback is not negative, against 40% in the first week (50 = no change from then).",
    );
  });
});

describe("the other components", () => {
  it("responsiveness counts late and still-waiting items against it", () => {
    expect(responsiveness({ answeredWithinSla: 6, answeredLate: 2, openOverdue: 2 })).toEqual({
      value: 60,
      explanation: "6 of 10 items due a reply were answered within the SLA (2 late, 2 still waiting).",
    });
  });

  it("promise keeping and evidence coverage", () => {
    expect(promiseKeeping({ due: 4, keptOnTime: 3 })).toEqual({ value: 75, explanation: "3 of 4 commitments due were kept on time." });
    expect(promiseKeeping({ due: 1, keptOnTime: 0 }).explanation).toBe("0 of 1 commitment due were kept on time.");
    expect(evidenceCoverage({ doneOrInProgress: 5, withEvidence: 2 }).value).toBe(40);
    expect(evidenceCoverage({ doneOrInProgress: 0, withEvidence: 0 }).value).toBeNull();
  });

  it("element coverage names what is covered and what is missing", () => {
    expect(elementCoverage({ COMPETENCE: 2, IMPACT: 1, MEANS: 0 })).toEqual({
      value: 50,
      explanation: "Commitments cover 2 of the 4 trust elements (competence, impact). Missing: motive, means.",
    });
    expect(elementCoverage({ COMPETENCE: 1, MOTIVE: 1, MEANS: 1, IMPACT: 1 }).value).toBe(100);
    expect(elementCoverage({ MEANS: 0 }).value).toBeNull();
  });

  it("advocacy saturates at five stories; collected but unpublished is 0", () => {
    expect(advocacy({ collected: 0, publishedWithConsent: 0 }).value).toBeNull();
    expect(advocacy({ collected: 3, publishedWithConsent: 0 }).value).toBe(0);
    expect(advocacy({ collected: 3, publishedWithConsent: 1 }).value).toBe(20);
    expect(advocacy({ collected: 9, publishedWithConsent: 5 }).value).toBe(100);
    expect(advocacy({ collected: 90, publishedWithConsent: 50 }).value).toBe(100);
    expect(advocacy({ collected: 1, publishedWithConsent: 1 }).explanation).toMatch(/^1 customer story published/);
  });
});

describe("TRUST_INDEX_MARKDOWN", () => {
  it("documents every component with its current weight and the no-data rule", () => {
    for (const c of TRUST_COMPONENTS) {
      expect(TRUST_INDEX_MARKDOWN).toContain(`| ${c.label} | ${c.weight} |`);
      expect(TRUST_INDEX_MARKDOWN).toContain(`**${c.label}**`);
    }
    expect(TRUST_INDEX_MARKDOWN).toMatch(/no data/i);
    expect(TRUST_INDEX_MARKDOWN).toContain("50 + 50 × (current − baseline) / (1 − baseline)");
  });
});
