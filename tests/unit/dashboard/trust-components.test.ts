// Edge cases of the components not covered by trust-index.test.ts.
import { describe, expect, it } from "vitest";
import { advocacy, elementCoverage, evidenceCoverage, promiseKeeping, responsiveness, sentimentRecovery } from "@/lib/dashboard/trust-components";

describe("component edge cases", () => {
  it("everything done is 100 on every count-based component", () => {
    expect(responsiveness({ answeredWithinSla: 3, answeredLate: 0, openOverdue: 0 }).value).toBe(100);
    expect(promiseKeeping({ due: 2, keptOnTime: 2 }).value).toBe(100);
    expect(evidenceCoverage({ doneOrInProgress: 2, withEvidence: 2 }).explanation).toBe("2 of 2 commitments in progress or done show evidence.");
  });

  it("only late or only waiting replies are a real 0", () => {
    expect(responsiveness({ answeredWithinSla: 0, answeredLate: 2, openOverdue: 0 }).value).toBe(0);
    expect(responsiveness({ answeredWithinSla: 0, answeredLate: 0, openOverdue: 1 }).explanation).toBe(
      "0 of 1 item due a reply were answered within the SLA (0 late, 1 still waiting).",
    );
  });

  it("feedback only in the first week, or only now, is no data for sentiment", () => {
    expect(sentimentRecovery({ baselineTotal: 5, baselineNonNegative: 1, windowTotal: 0, windowNonNegative: 0 })).toEqual({ value: null, explanation: "No feedback in the last days to measure." });
    expect(sentimentRecovery({ baselineTotal: 0, baselineNonNegative: 0, windowTotal: 5, windowNonNegative: 5 }).explanation).toBe("No feedback in the campaign's first week to compare with.");
  });

  it("only dropped commitments leave the elements uncovered; stories collected but none published are 0", () => {
    expect(elementCoverage({ COMPETENCE: 0, MOTIVE: 0, MEANS: 0, IMPACT: 0 }).value).toBeNull();
    expect(advocacy({ collected: 1, publishedWithConsent: 0 })).toEqual({ value: 0, explanation: "0 customer stories published with consent (20 points each, up to 100)." });
  });
});
