// Two detectors often see the same words: retext-passive and the "mistakes were made" rule,
// "may have" inside "any inconvenience this may have caused". A writer should see one finding
// per problem and pay for it once, so a finding is dropped when another covers the same span,
// or contains it with equal or higher severity. Sentence-wide findings (readability, length)
// are about the whole sentence, so they neither hide nor are hidden by phrase findings.
import type { RawFinding } from "./match";
import type { FindingRule, Severity } from "./types";

const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
const RULE_ORDER: FindingRule[] = [
  "sorry-you-feel",
  "conditional-apology",
  "passive-evasion",
  "minimizing",
  "blame-shifting",
  "deflection",
  "self-focus",
  "insensitive",
  "profanity",
  "hedging",
  "jargon",
  "readability",
  "length",
];
const RULE_RANK = new Map(RULE_ORDER.map((rule, i) => [rule, i]));
const WIDE_RULES = new Set<FindingRule>(["readability", "length"]);

/** Sorted by start, then longest first, then strongest: a container comes before what it contains. */
function compare(a: RawFinding, b: RawFinding): number {
  return (
    a.span.start - b.span.start ||
    b.span.end - a.span.end ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (RULE_RANK.get(a.rule) ?? 0) - (RULE_RANK.get(b.rule) ?? 0)
  );
}

/** O(n log n): one sort, then one pass keeping the furthest end seen at each severity. */
export function dedupeFindings(findings: RawFinding[]): RawFinding[] {
  const sorted = [...findings].sort(compare);
  const kept: RawFinding[] = [];
  const maxEndAtLeast: Record<Severity, number> = { high: -1, medium: -1, low: -1 };
  let previousWide: RawFinding | null = null;

  for (const finding of sorted) {
    if (WIDE_RULES.has(finding.rule)) {
      if (previousWide && previousWide.span.start === finding.span.start && previousWide.span.end === finding.span.end) continue;
      kept.push(finding);
      previousWide = finding;
      continue;
    }
    // Every kept finding so far starts at or before this one, so it contains this one when it ends at or after it.
    if (maxEndAtLeast[finding.severity] >= finding.span.end) continue;
    kept.push(finding);
    const end = finding.span.end;
    if (finding.severity === "high") maxEndAtLeast.high = Math.max(maxEndAtLeast.high, end);
    if (finding.severity !== "low") maxEndAtLeast.medium = Math.max(maxEndAtLeast.medium, end);
    maxEndAtLeast.low = Math.max(maxEndAtLeast.low, end);
  }
  return kept;
}
