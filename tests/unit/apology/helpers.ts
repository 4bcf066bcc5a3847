// Shared by the apology analysis tests: run one detector or element check on a text.
import { prepareDraft } from "@/lib/apology/analysis/draft";
import type { Detector, RawFinding } from "@/lib/apology/analysis/match";
import type { ApologyContext, ElementResult } from "@/lib/apology/analysis";

// The demo campaign (scripts/seed-demo.ts): a checkout outage that charged customers twice.
export const DOUBLE_CHARGE: ApologyContext = {
  title: "Double charges during the checkout outage",
  summary:
    "A faulty deploy of our payment service retried failed card authorisations and charged 18,400 customers two or three times for the same order. Checkout was down for 2 hours 35 minutes, and refunds took up to 10 days to reach some accounts.",
  audience: "Customers who ordered during the outage window, about 18,400 people",
  channel: "email",
};

/** The texts a detector flags in `text`, in the order it reports them. */
export function flagged(detect: Detector, text: string, context: Partial<ApologyContext> = {}): string[] {
  return findings(detect, text, context).map((f) => text.slice(f.span.start, f.span.end));
}

export function findings(detect: Detector, text: string, context: Partial<ApologyContext> = {}): RawFinding[] {
  return detect(prepareDraft(text, context));
}

/** An element check's verdict, with the text of its span. */
export function element(check: (draft: ReturnType<typeof prepareDraft>) => ElementResult, text: string, context: Partial<ApologyContext> = {}) {
  const result = check(prepareDraft(text, context));
  return { ...result, text: result.span ? text.slice(result.span.start, result.span.end) : null };
}
