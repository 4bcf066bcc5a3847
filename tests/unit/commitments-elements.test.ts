import { describe, expect, it } from "vitest";
import { coverageWarnings, elementCoverage, TRUST_ELEMENT_INFO, TRUST_ELEMENTS } from "@/lib/commitments/elements";

describe("coverage of the four elements of trust", () => {
  it("counts commitments per element and flags an element with none", () => {
    const coverage = elementCoverage([
      { trustElement: "COMPETENCE", status: "PLANNED" },
      { trustElement: "COMPETENCE", status: "DONE" },
      { trustElement: "MOTIVE", status: "IN_PROGRESS" },
      { trustElement: "MEANS", status: "DROPPED" },
    ]);
    expect(coverage.map((c) => [c.element, c.count, c.missing])).toEqual([
      ["COMPETENCE", 2, false],
      ["MOTIVE", 1, false],
      ["MEANS", 0, true],
      ["IMPACT", 0, true],
    ]);
    const warnings = coverageWarnings(coverage);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^No commitment covers means/);
    expect(warnings[1]).toMatch(/^No commitment covers impact/);
  });

  it("warns about all four when there are no commitments, and none when all are covered", () => {
    expect(coverageWarnings(elementCoverage([]))).toHaveLength(4);
    expect(coverageWarnings(elementCoverage(TRUST_ELEMENTS.map((e) => ({ trustElement: e, status: "MISSED" }))))).toEqual([]);
  });

  it("explains each element", () => {
    for (const e of TRUST_ELEMENTS) {
      expect(TRUST_ELEMENT_INFO[e].question).toMatch(/\?$/);
      expect(TRUST_ELEMENT_INFO[e].explain.length).toBeGreaterThan(20);
    }
  });
});
