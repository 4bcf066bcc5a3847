// The four elements of trust (Harvard Business School, via the practitioners' guidance the product
// follows): a recovery is only believed when promises cover all four. Pure.

export const TRUST_ELEMENTS = ["COMPETENCE", "MOTIVE", "MEANS", "IMPACT"] as const;
export type TrustElementValue = (typeof TRUST_ELEMENTS)[number];

export const TRUST_ELEMENT_INFO: Record<TrustElementValue, { label: string; question: string; explain: string; example: string }> = {
  COMPETENCE: {
    label: "Competence",
    question: "Can you deliver?",
    explain: "Deliver what you promise, on time, with the authority and skill to do it.",
    example: "“Duplicate-charge check live in billing by 30 April.”",
  },
  MOTIVE: {
    label: "Motive",
    question: "Whose interests do you serve?",
    explain: "Show values beyond the balance sheet: put customers' interests before your own.",
    example: "“Every affected customer refunded, bank fees included, without asking.”",
  },
  MEANS: {
    label: "Means",
    question: "Are your methods fair?",
    explain: "Be fair to employees and transparent with the public about how you work and decide.",
    example: "“Publish the incident report and the fix, in plain words.”",
  },
  IMPACT: {
    label: "Impact",
    question: "What is the effect of what you do?",
    explain: "Show the positive effect of your actions, measured — not just activity.",
    example: "“Billing complaints back under 0.1% of orders for three months.”",
  },
};

export type ElementCoverage = { element: TrustElementValue; label: string; count: number; missing: boolean }[];

// How many commitments cover each element (dropped ones do not count); an element with none is
// flagged, because a recovery that ignores it is not believed.
export function elementCoverage(commitments: { trustElement: TrustElementValue; status: string }[]): ElementCoverage {
  const counts = new Map<TrustElementValue, number>(TRUST_ELEMENTS.map((e) => [e, 0]));
  for (const c of commitments) if (c.status !== "DROPPED") counts.set(c.trustElement, (counts.get(c.trustElement) ?? 0) + 1);
  return TRUST_ELEMENTS.map((element) => ({ element, label: TRUST_ELEMENT_INFO[element].label, count: counts.get(element)!, missing: counts.get(element) === 0 }));
}

export function coverageWarnings(coverage: ElementCoverage): string[] {
  return coverage
    .filter((c) => c.missing)
    .map((c) => `No commitment covers ${c.label.toLowerCase()} (${TRUST_ELEMENT_INFO[c.element].question.toLowerCase()}). ${TRUST_ELEMENT_INFO[c.element].explain}`);
}
