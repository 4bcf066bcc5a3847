// Sincerity analysis of an apology draft: pure, deterministic and explainable.
// Imports neither Next nor Prisma, so it runs in the editor, on the server and in the CLI.
export type {
  ApologyAnalysis,
  ApologyContext,
  ElementKey,
  ElementResult,
  Finding,
  FindingRule,
  Severity,
  Span,
} from "./types";
export { analyzeApology } from "./analyze-apology";
export { SCORE_FORMULA_MARKDOWN, ELEMENT_WEIGHTS, SEVERITY_PENALTY, SEVERITY_GUIDE, BASE_POINTS } from "./score";
export { ELEMENT_LABELS, RULE_LABELS } from "./labels";
export { SOCIAL_CHAR_LIMIT } from "./detectors/length";
