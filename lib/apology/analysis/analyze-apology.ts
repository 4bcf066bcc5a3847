// The one entry point: parse the draft once, check the seven elements, run every detector,
// keep one finding per problem, and score. Pure and synchronous, so it can run on every
// keystroke in the editor and from the command line with identical results.
import { dedupeFindings } from "./dedupe";
import { DETECTORS } from "./detectors";
import { charLimitFor, publishedLength } from "./detectors/length";
import { prepareDraft } from "./draft";
import { ELEMENT_CHECKS } from "./elements";
import { readingGrade } from "./reading-grade";
import { computeScore } from "./score";
import type { ApologyAnalysis, ApologyContext, ElementResult, Finding } from "./types";

export function analyzeApology(text: string, context: ApologyContext): ApologyAnalysis {
  const draft = prepareDraft(text, context);

  const elements: ElementResult[] = ELEMENT_CHECKS.map((check) => {
    const result = check(draft);
    return { ...result, span: result.span ? { start: result.span.start, end: result.span.end } : null };
  });

  const findings: Finding[] = dedupeFindings(DETECTORS.flatMap((detect) => detect(draft))).map((raw) => {
    const span = { start: raw.span.start, end: raw.span.end };
    const finding: Finding = {
      id: `${raw.rule}:${span.start}-${span.end}`,
      rule: raw.rule,
      severity: raw.severity,
      span,
      text: text.slice(span.start, span.end),
      reason: raw.reason,
      suggestion: raw.suggestion,
    };
    if (raw.replacement !== undefined) finding.replacement = raw.replacement;
    return finding;
  });

  const { score, ...scoreBreakdown } = computeScore(
    elements,
    findings.map((f) => f.severity),
    draft.words.length,
  );

  // `score` first: the CLI prints this object as is, and readers look for the score first.
  return {
    score,
    elements,
    findings,
    stats: {
      words: draft.words.length,
      sentences: draft.sentences.filter((s) => s.wordCount > 0).length,
      characters: publishedLength(text),
      readingGrade: readingGrade(draft),
      charLimit: charLimitFor(context.channel),
    },
    scoreBreakdown,
  };
}
