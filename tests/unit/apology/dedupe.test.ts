import { describe, expect, it } from "vitest";
import { dedupeFindings } from "@/lib/apology/analysis/dedupe";
import type { RawFinding } from "@/lib/apology/analysis/match";
import type { FindingRule, Severity } from "@/lib/apology/analysis";

const f = (rule: FindingRule, severity: Severity, start: number, end: number): RawFinding => ({
  rule,
  severity,
  span: { start, end },
  reason: "r",
  suggestion: "s",
});
const summary = (list: RawFinding[]) => list.map((x) => `${x.rule}@${x.span.start}-${x.span.end}`);

describe("dedupe findings", () => {
  it("keeps one finding per span, the most severe", () => {
    expect(summary(dedupeFindings([f("passive-evasion", "low", 0, 18), f("passive-evasion", "high", 0, 18)]))).toEqual(["passive-evasion@0-18"]);
    expect(dedupeFindings([f("hedging", "low", 5, 9), f("jargon", "low", 5, 9)])).toHaveLength(1);
  });

  it("drops a finding inside another of equal or higher severity", () => {
    const kept = dedupeFindings([f("passive-evasion", "low", 9, 18), f("passive-evasion", "high", 0, 18), f("hedging", "low", 30, 38), f("minimizing", "medium", 20, 45)]);
    expect(summary(kept)).toEqual(["passive-evasion@0-18", "minimizing@20-45"]);
  });

  it("keeps a more severe finding inside a milder one, and overlapping findings", () => {
    expect(summary(dedupeFindings([f("jargon", "low", 0, 30), f("conditional-apology", "high", 10, 20)]))).toEqual(["jargon@0-30", "conditional-apology@10-20"]);
    expect(dedupeFindings([f("hedging", "low", 0, 10), f("jargon", "low", 5, 15)])).toHaveLength(2);
  });

  it("never lets a sentence-wide finding hide a phrase in it", () => {
    const kept = dedupeFindings([f("readability", "low", 0, 100), f("jargon", "low", 10, 20), f("length", "medium", 50, 120)]);
    expect(summary(kept)).toEqual(["readability@0-100", "jargon@10-20", "length@50-120"]);
  });
});
