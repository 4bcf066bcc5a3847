// Names shown to writers, in one place so the UI, the score explanation and the results agree.
import type { ElementKey, FindingRule } from "./types";

export const ELEMENT_LABELS: Record<ElementKey, string> = {
  apology: "Explicit apology",
  specifics: "What went wrong, specifically",
  ownership: "Ownership, in the active voice",
  impact: "Effect on customers",
  fix: "What is being fixed",
  prevention: "How it won't happen again",
  contact: "How to reach us",
};

export const RULE_LABELS: Record<FindingRule, string> = {
  "conditional-apology": "Conditional apology",
  "sorry-you-feel": "“Sorry you feel”",
  "passive-evasion": "Passive evasion",
  minimizing: "Minimizing",
  "blame-shifting": "Blame shifting",
  deflection: "Deflection",
  "self-focus": "Self-focus",
  hedging: "Hedging",
  jargon: "Jargon",
  readability: "Hard to read",
  insensitive: "Insensitive wording",
  profanity: "Profanity",
  length: "Too long for the channel",
};
