// The public shape of a sincerity analysis. Plain data, so it can cross the server/client
// boundary, be stored next to an apology version, and be printed by the CLI as JSON.

export type ApologyContext = { title: string; summary: string; audience: string; channel: string }; // summary = the campaign's "what happened"

/** UTF-16 offsets into the analysed text, end exclusive: `text.slice(start, end)`. */
export type Span = { start: number; end: number };

export type ElementKey = "apology" | "specifics" | "ownership" | "impact" | "fix" | "prevention" | "contact";

export type ElementResult = { key: ElementKey; label: string; present: boolean; span: Span | null; why: string };

export type Severity = "high" | "medium" | "low";

export type FindingRule =
  | "conditional-apology"
  | "sorry-you-feel"
  | "passive-evasion"
  | "minimizing"
  | "blame-shifting"
  | "deflection"
  | "self-focus"
  | "hedging"
  | "jargon"
  | "readability"
  | "insensitive"
  | "profanity"
  | "length";

export type Finding = {
  id: string;
  rule: FindingRule;
  severity: Severity;
  span: Span;
  text: string;
  reason: string;
  suggestion: string;
  replacement?: string;
};

export type ApologyAnalysis = {
  score: number; // 0–100 integer
  elements: ElementResult[]; // all 7, in ElementKey order
  findings: Finding[]; // sorted by span.start
  stats: { words: number; sentences: number; characters: number; readingGrade: number | null; charLimit: number | null };
  scoreBreakdown: { elementPoints: number; elementMax: number; penalty: number; formula: string };
};
