// The score is deliberately simple arithmetic so a writer can predict it: points for each of
// the seven elements present, a fixed base, and a fixed cost per red flag by severity.
// SCORE_FORMULA_MARKDOWN is generated from the same constants, so the explanation cannot drift.
import { ELEMENT_LABELS } from "./labels";
import type { ElementKey, ElementResult, Severity } from "./types";

export const BASE_POINTS = 30;

export const ELEMENT_WEIGHTS: Record<ElementKey, number> = {
  apology: 15,
  specifics: 15,
  ownership: 10,
  impact: 10,
  fix: 8,
  prevention: 7,
  contact: 5,
};

export const SEVERITY_PENALTY: Record<Severity, number> = { high: 12, medium: 6, low: 2 };

export const ELEMENT_MAX = Object.values(ELEMENT_WEIGHTS).reduce((a, b) => a + b, 0);

export type ScoreResult = { score: number; elementPoints: number; elementMax: number; penalty: number; formula: string };

export function computeScore(elements: ElementResult[], severities: Severity[], wordCount: number): ScoreResult {
  const elementPoints = elements.reduce((sum, e) => sum + (e.present ? ELEMENT_WEIGHTS[e.key] : 0), 0);
  const penalty = severities.reduce((sum, s) => sum + SEVERITY_PENALTY[s], 0);
  if (wordCount === 0) {
    return { score: 0, elementPoints, elementMax: ELEMENT_MAX, penalty, formula: "No words to analyse, so the score is 0." };
  }
  const raw = BASE_POINTS + elementPoints - penalty;
  const score = Math.min(100, Math.max(0, raw));
  const sum = `${BASE_POINTS} base + ${elementPoints} for elements − ${penalty} for findings = ${raw}`;
  return { score, elementPoints, elementMax: ELEMENT_MAX, penalty, formula: raw === score ? sum : `${sum}, kept within 0–100: ${score}` };
}

/** What each severity is used for, with an example; the doc below is built from it, and a test checks every example. */
export const SEVERITY_GUIDE: Record<Severity, { what: string; example?: string }[]> = {
  high: [
    { what: "conditional apologies", example: "sorry if anyone was offended" },
    { what: "“sorry you feel”", example: "sorry you feel that way" },
    { what: "stock passive evasions", example: "mistakes were made" },
    { what: "blaming someone else", example: "due to a third-party vendor" },
  ],
  medium: [
    { what: "minimizing", example: "any inconvenience" },
    { what: "deflection", example: "it was never our intention" },
    { what: "self-focus", example: "our shareholders" },
    { what: "naming a partner", example: "our payment partner" },
    { what: "apologizing only to some", example: "we apologize to those who were affected" },
    { what: "failures with no one behind them", example: "something went wrong" },
    { what: "insensitive words", example: "hey guys" },
    { what: "profanity", example: "damn" },
    { what: "a social post over 280 characters" },
  ],
  low: [
    { what: "other passive clauses that hide who acted", example: "your data was stolen" },
    { what: "hedging", example: "may have" },
    { what: "jargon", example: "going forward" },
    { what: "hard-to-read sentences" },
  ],
};

const elementRows = (Object.keys(ELEMENT_WEIGHTS) as ElementKey[])
  .map((key) => `| ${ELEMENT_LABELS[key]} | ${ELEMENT_WEIGHTS[key]} |`)
  .join("\n");
const severityRows = (Object.keys(SEVERITY_PENALTY) as Severity[])
  .map((severity) => `| ${severity} | −${SEVERITY_PENALTY[severity]} |`)
  .join("\n");
const severityGuide = (Object.keys(SEVERITY_GUIDE) as Severity[])
  .map((severity) => {
    const uses = SEVERITY_GUIDE[severity].map(({ what, example }) => (example ? `${what} (“${example}”)` : what)).join(", ");
    return `- **${severity}**: ${uses}.`;
  })
  .join("\n");

export const SCORE_FORMULA_MARKDOWN = `### How the sincerity score is made

**score = ${BASE_POINTS} + element points − penalties**, kept between 0 and 100. A draft with no words scores 0.

**Element points** (${ELEMENT_MAX} in total): each element found in the draft adds its points once.

| Element | Points |
| --- | ---: |
${elementRows}

**Penalties**: every finding subtracts points by its severity.

| Severity | Points |
| --- | ---: |
${severityRows}

${severityGuide}

The same words are never counted twice: when two findings cover the same span, or one lies inside another of equal or higher severity, only the stronger one counts.
The analysis is deterministic: the same draft and campaign always get the same score.`;
