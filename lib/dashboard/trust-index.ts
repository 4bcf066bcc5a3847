// The Trust Recovery Index: one 0–100 figure per campaign per day, and every part of it shown.
// It only combines counts the database has aggregated; the formula lives here and in
// TRUST_INDEX_MARKDOWN, which the README and the dashboard print, so the number never hides how
// it was made.
import {
  advocacy,
  elementCoverage,
  evidenceCoverage,
  POINTS_PER_STORY,
  promiseKeeping,
  responsiveness,
  sentimentRecovery,
  TRUST_WINDOWS,
  type ComponentResult,
  type TrustInputs,
} from "@/lib/dashboard/trust-components";

export type { TrustInputs } from "@/lib/dashboard/trust-components";

export type TrustComponentKey = "sentimentRecovery" | "responsiveness" | "promiseKeeping" | "evidenceCoverage" | "elementCoverage" | "advocacy";

// Keeping promises and how customers feel weigh most: they are the outcome. Answering fast is the
// daily habit that gets there. Evidence, coverage of the four elements and advocacy support them.
export const TRUST_COMPONENTS: { key: TrustComponentKey; label: string; weight: number; measure: (i: TrustInputs) => ComponentResult }[] = [
  { key: "sentimentRecovery", label: "Sentiment recovery", weight: 25, measure: (i) => sentimentRecovery(i.sentiment) },
  { key: "responsiveness", label: "Responsiveness", weight: 20, measure: (i) => responsiveness(i.responses) },
  { key: "promiseKeeping", label: "Promise keeping", weight: 25, measure: (i) => promiseKeeping(i.promises) },
  { key: "evidenceCoverage", label: "Evidence coverage", weight: 10, measure: (i) => evidenceCoverage(i.evidence) },
  { key: "elementCoverage", label: "Trust-element coverage", weight: 10, measure: (i) => elementCoverage(i.commitmentsByElement) },
  { key: "advocacy", label: "Advocacy", weight: 10, measure: (i) => advocacy(i.stories) },
];

export type TrustComponent = {
  key: TrustComponentKey;
  label: string;
  // Whole number 0–100, or null when there is no data.
  value: number | null;
  weight: number;
  // Share of the index this component carries today, 0–1: its weight over the weights of the
  // components that have data; 0 when it has none.
  effectiveWeight: number;
  explanation: string;
};

export type TrustIndex = { index: number | null; components: TrustComponent[] };

// Weighted mean over the components that have data, computed from unrounded values and rounded
// once at the end (half up), so rounding the parts cannot move the whole.
export function computeTrustIndex(inputs: TrustInputs): TrustIndex {
  const measured = TRUST_COMPONENTS.map((c) => ({ ...c, result: c.measure(inputs) }));
  const weightWithData = measured.reduce((sum, c) => sum + (c.result.value === null ? 0 : c.weight), 0);
  const weightedSum = measured.reduce((sum, c) => sum + (c.result.value ?? 0) * c.weight, 0);
  return {
    index: weightWithData ? Math.round(weightedSum / weightWithData) : null,
    components: measured.map((c) => ({
      key: c.key,
      label: c.label,
      value: c.result.value === null ? null : Math.round(c.result.value),
      weight: c.weight,
      effectiveWeight: c.result.value === null || !weightWithData ? 0 : c.weight / weightWithData,
      explanation: c.result.explanation,
    })),
  };
}

const weightRows = TRUST_COMPONENTS.map((c) => `| ${c.label} | ${c.weight} |`).join("\n");

export const TRUST_INDEX_MARKDOWN = `## How the Trust Recovery Index is calculated

The index is a number from 0 to 100 for each campaign and day. It combines six components, each
also from 0 to 100, and every one of them is shown next to the index.

| component | weight |
|---|---|
${weightRows}

**The index is the weighted mean of the components that have data.** A component with nothing to
measure yet (no commitment due, no feedback past its reply deadline) is marked *no data*: it is
neither counted as 0 nor as 100, and the weights of the others are scaled up to fill its place.
When no component has data, there is no index. Components are averaged unrounded; the index is
rounded to a whole number at the end.

- **Sentiment recovery** compares the share of feedback that is not negative in the last
  ${TRUST_WINDOWS.sentimentWindowDays} days (*current*) with the same share in the campaign's first
  ${TRUST_WINDOWS.baselineDays} days (*baseline*). 50 means no change. Above the baseline:
  50 + 50 × (current − baseline) / (1 − baseline); below it: 50 − 50 × (baseline − current) / baseline.
  So 100 means no negative feedback at all and 0 means all of it is negative, whatever the baseline.
  No data until there is feedback in both periods.
- **Responsiveness** is the share of feedback answered within the campaign's response SLA, out of
  all feedback whose deadline has passed: answered on time, answered late, or still waiting.
- **Promise keeping** is the share of commitments kept on time (done on or before their due date)
  out of those due by that day, counting commitments done early. Dropped or missed ones that are
  due count against it.
- **Evidence coverage** is the share of commitments in progress or done that show at least one
  piece of evidence that has not been retracted.
- **Trust-element coverage** is the share of the four elements of trust — competence, motive,
  means, impact — with at least one commitment (dropped ones excluded). No data before the first
  commitment.
- **Advocacy** counts customer stories published with the customer's consent: ${POINTS_PER_STORY} points per
  story, up to 100 (five stories). No data until the first story is collected; after that, none
  published is a real 0.
`;
