// The six parts of the Trust Recovery Index, each 0–100 or null when there is nothing to measure
// yet. Null is kept apart from 0 on purpose: "no commitment is due" must not read as "every
// promise broken", nor as "every promise kept". Inputs are counts the database aggregates.

export type TrustElementValue = "COMPETENCE" | "MOTIVE" | "MEANS" | "IMPACT";
export const TRUST_ELEMENTS: TrustElementValue[] = ["COMPETENCE", "MOTIVE", "MEANS", "IMPACT"];

// The windows the queries should use, kept here so the formula and its inputs cannot drift apart.
export const TRUST_WINDOWS = { baselineDays: 7, sentimentWindowDays: 7 } as const;

export type TrustInputs = {
  // Feedback by sentiment label (after any human override). Baseline: the campaign's first
  // `baselineDays` days; window: the `sentimentWindowDays` days ending on the day measured.
  sentiment: { baselineTotal: number; baselineNonNegative: number; windowTotal: number; windowNonNegative: number };
  // Feedback whose reply was due by the day: answered within the SLA, answered late, or still
  // unanswered past it. Items closed without a reply and items still within the SLA are left out.
  responses: { answeredWithinSla: number; answeredLate: number; openOverdue: number };
  // Commitments due by the day, plus those DONE before their date; kept = DONE on or before the due
  // date. DROPPED and MISSED ones that are due count as due and not kept.
  promises: { due: number; keptOnTime: number };
  // Commitments DONE or IN_PROGRESS, and how many of them have at least one non-retracted evidence.
  evidence: { doneOrInProgress: number; withEvidence: number };
  // Commitments per trust element, DROPPED ones excluded.
  commitmentsByElement: Partial<Record<TrustElementValue, number>>;
  // Customer stories collected for the campaign in any consent state, and those published with
  // consent GRANTED.
  stories: { collected: number; publishedWithConsent: number };
};

export type ComponentResult = { value: number | null; explanation: string };

// Counts come from separate queries and can disagree for a moment (a commitment turns DONE between
// two counts); clamping keeps the dashboard up instead of failing on a transient inconsistency.
const count = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
const part = (numerator: number, denominator: number) => Math.min(count(numerator), count(denominator));
const pct = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// 50 means "as at the baseline"; from there the score moves linearly to 100 when no feedback is
// negative and to 0 when all of it is. Scaling each side by its own room (1 − baseline above,
// baseline below) makes a campaign that started at 90% non-negative and one that started at 20%
// comparable: both reach 100 only at 100%. When baseline and current are equal at an extreme
// (all negative, or none negative) the endpoint wins, because "still all negative" is not 50.
export function sentimentRecovery(i: TrustInputs["sentiment"]): ComponentResult {
  const baseTotal = count(i.baselineTotal);
  const winTotal = count(i.windowTotal);
  if (!winTotal) return { value: null, explanation: "No feedback in the last days to measure." };
  if (!baseTotal) return { value: null, explanation: "No feedback in the campaign's first week to compare with." };
  const b = part(i.baselineNonNegative, baseTotal) / baseTotal;
  const c = part(i.windowNonNegative, winTotal) / winTotal;
  let value: number;
  if (c === 1) value = 100;
  else if (c === 0) value = 0;
  else if (c >= b) value = 50 + (50 * (c - b)) / (1 - b);
  else value = 50 - (50 * (b - c)) / b;
  return {
    value,
    explanation: `${pct(c)} of recent feedback is not negative, against ${pct(b)} in the first week (50 = no change from then).`,
  };
}

export function responsiveness(i: TrustInputs["responses"]): ComponentResult {
  const within = count(i.answeredWithinSla);
  const late = count(i.answeredLate);
  const waiting = count(i.openOverdue);
  const due = within + late + waiting;
  if (!due) return { value: null, explanation: "No feedback has reached its reply deadline yet." };
  return {
    value: (100 * within) / due,
    explanation: `${within} of ${plural(due, "item")} due a reply were answered within the SLA (${late} late, ${waiting} still waiting).`,
  };
}

export function promiseKeeping(i: TrustInputs["promises"]): ComponentResult {
  const due = count(i.due);
  if (!due) return { value: null, explanation: "No commitment is due yet." };
  const kept = part(i.keptOnTime, due);
  return { value: (100 * kept) / due, explanation: `${kept} of ${plural(due, "commitment")} due were kept on time.` };
}

export function evidenceCoverage(i: TrustInputs["evidence"]): ComponentResult {
  const total = count(i.doneOrInProgress);
  if (!total) return { value: null, explanation: "No commitment is in progress or done yet." };
  const withEvidence = part(i.withEvidence, total);
  return {
    value: (100 * withEvidence) / total,
    explanation: `${withEvidence} of ${plural(total, "commitment")} in progress or done show evidence.`,
  };
}

// With no commitments at all the promise step has not started: that is no data, not 0.
export function elementCoverage(byElement: TrustInputs["commitmentsByElement"]): ComponentResult {
  const covered = TRUST_ELEMENTS.filter((e) => count(byElement[e] ?? 0) > 0);
  if (!covered.length) return { value: null, explanation: "No commitments yet." };
  const missing = TRUST_ELEMENTS.filter((e) => !covered.includes(e));
  const names = (list: TrustElementValue[]) => list.map((e) => e.toLowerCase()).join(", ");
  return {
    value: (100 * covered.length) / TRUST_ELEMENTS.length,
    explanation:
      `Commitments cover ${covered.length} of the 4 trust elements (${names(covered)}).` +
      (missing.length ? ` Missing: ${names(missing)}.` : ""),
  };
}

export const POINTS_PER_STORY = 20;

// Saturates at five stories: a wall of fifty testimonials is not ten times the trust of five.
// Before any story is collected the stories step has not started (no data); once stories exist,
// none published is a real 0.
export function advocacy(i: TrustInputs["stories"]): ComponentResult {
  const n = count(i.publishedWithConsent);
  if (!n && !count(i.collected)) return { value: null, explanation: "No customer stories collected yet." };
  return {
    value: Math.min(100, POINTS_PER_STORY * n),
    explanation: `${plural(n, "customer story", "customer stories")} published with consent (${POINTS_PER_STORY} points each, up to 100).`,
  };
}
