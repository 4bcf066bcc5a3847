// Customers chose the company, not its vendors. "Due to a third-party vendor" tells them the
// company does not think the failure is its own, which undoes the apology around it. A plain
// mention of a partner is flagged lower: it may be context, but it invites the same reading.
import type { Draft } from "../draft";
import { matchesOf, type RawFinding } from "../match";

const OTHERS = String.raw`(?:vendors?|partners?|suppliers?|providers?|contractors?|subcontractors?|processors?|employee|staff\s+member|hackers?|bad\s+actors?|criminals?|attackers?|bank|banks|carrier|courier|platform|intern)`;
const CAUSE = String.raw`(?:due\s+to|because\s+of|caused\s+by|the\s+fault\s+of|blame\s+(?:lies\s+)?with|on\s+the\s+part\s+of|(?:(?:due\s+to|because\s+of|caused\s+by)\s+)?(?:(?:an?|the)\s+)?(?:[\w'’]+\s+)?(?:error|mistake|failure|issue|problem|bug|outage|breach|incident|circumstances|change)s?\s+(?:by|at|from|with|in|on\s+the\s+part\s+of))`;

const BLAME = new RegExp(String.raw`\b${CAUSE}\s+(?:(?:a|an|the|our|one\s+of\s+our)\s+)?(?:third[-\s]party\s+)?(?:[\w'’]+\s+)?${OTHERS}\b`, "gi");
const SCAPEGOAT = /\b(?:human\s+error|(?:a|an|one)\s+(?:rogue|single|individual|junior)\s+(?:employee|engineer|staff\s+member|developer|intern))\b/gi;
const MENTION = /\b(?:(?:a|an|the|our)\s+third[-\s]party(?:\s+(?:vendor|provider|supplier|partner|processor|contractor|service))?|our\s+(?:[\w'’]+\s+)?(?:partners?|vendors?|suppliers?|providers?|contractors?)|the\s+(?:[\w'’]+\s+)?(?:vendors?|suppliers?|contractors?|subcontractors?))\b/gi;

export function detectBlameShifting(draft: Draft): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of matchesOf(draft.text, BLAME)) {
    out.push({
      rule: "blame-shifting",
      severity: "high",
      span: m,
      reason: "This points the blame at someone else; customers trusted you, not your suppliers or staff.",
      suggestion: "Own it: “we chose and oversee this system, so the failure is ours.”",
    });
  }
  for (const m of matchesOf(draft.text, SCAPEGOAT)) {
    out.push({
      rule: "blame-shifting",
      severity: "high",
      span: m,
      reason: "Blaming one person or “human error” shifts the failure away from the company that let it happen.",
      suggestion: "Say what the company got wrong, e.g. “our process let one change skip review”.",
    });
  }
  for (const m of matchesOf(draft.text, MENTION)) {
    out.push({
      rule: "blame-shifting",
      severity: "medium",
      span: m,
      reason: "Naming another company in an apology can read as passing on the blame.",
      suggestion: "If you mention them, say in the same breath that the responsibility is yours.",
    });
  }
  return out;
}
