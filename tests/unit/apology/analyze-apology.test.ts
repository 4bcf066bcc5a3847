import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeApology, BASE_POINTS, ELEMENT_WEIGHTS, SCORE_FORMULA_MARKDOWN, SEVERITY_PENALTY, type ApologyAnalysis, type Severity } from "@/lib/apology/analysis";
import { SEVERITY_GUIDE } from "@/lib/apology/analysis/score";
import { clearLibraryCache } from "@/lib/apology/analysis/library-checks";
import { DOUBLE_CHARGE } from "./helpers";

// A complete apology for the demo campaign's double-charge incident.
const STRONG = `We are sorry. On 12 March, between 14:05 and 16:40, our checkout charged 18,400 of you two or three times for the same order.

This was our mistake. We shipped a change to our payment service that retried card payments which had already gone through, and we did not catch it before it reached you. Some of you were short of money for rent or groceries, and some of you paid overdraft fees because of us.

We have refunded every duplicate charge, and we will cover any bank fees you paid: reply with a photo of your statement and we will pay you back within 3 working days.

So this never happens again, we have added a check that stops any card being charged twice for one order, and every change to the payment service now needs a second engineer's review and a test against real payment records.

If you have any questions, reply to this email or call us on 0800 123 4567. You can also write to Maya Lind, our head of payments, at maya@example.com.`;

const WEAK = "Mistakes were made and we regret any inconvenience";

const CORPORATE = `At Acme, we take your privacy and security very seriously. Due to unforeseen circumstances at a third-party vendor, a small number of customers may have been briefly affected by a minor billing glitch. It was never our intention to cause any inconvenience. We are sorry if anyone was offended. Going forward, out of an abundance of caution, we will leverage our partners. This has been a difficult time for us and our shareholders.`;

const SOCIAL_GOOD = "We messed up. Our checkout charged some of you twice on 12 March. We're sorry. Every extra charge is refunded, and we've added a check so it can't happen again. Questions? DM us.";
const SOCIAL_BAD = "We apologize for any inconvenience caused by a brief glitch at our payment partner. Mistakes were made.";

const kinds = (analysis: ApologyAnalysis) => [...new Set(analysis.findings.map((f) => f.rule))].sort();

function expectWellFormed(text: string, analysis: ApologyAnalysis) {
  expect(analysis.elements.map((e) => e.key)).toEqual(["apology", "specifics", "ownership", "impact", "fix", "prevention", "contact"]);
  expect(Number.isInteger(analysis.score)).toBe(true);
  expect(analysis.score).toBeGreaterThanOrEqual(0);
  expect(analysis.score).toBeLessThanOrEqual(100);
  const spans = new Set<string>();
  let previousStart = -1;
  for (const finding of analysis.findings) {
    expect(finding.span.start).toBeGreaterThanOrEqual(0);
    expect(finding.span.end).toBeGreaterThan(finding.span.start);
    expect(finding.span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(finding.span.start, finding.span.end)).toBe(finding.text);
    expect(finding.span.start).toBeGreaterThanOrEqual(previousStart);
    previousStart = finding.span.start;
    expect(spans.has(`${finding.span.start}-${finding.span.end}`)).toBe(false);
    spans.add(`${finding.span.start}-${finding.span.end}`);
    expect(finding.reason.length).toBeGreaterThan(0);
    expect(finding.suggestion.length).toBeGreaterThan(0);
  }
  expect(new Set(analysis.findings.map((f) => f.id)).size).toBe(analysis.findings.length);
  for (const element of analysis.elements) {
    expect(element.present).toBe(element.span !== null);
    if (element.span) {
      expect(element.span.start).toBeGreaterThanOrEqual(0);
      expect(element.span.end).toBeLessThanOrEqual(text.length);
      expect(element.span.end).toBeGreaterThan(element.span.start);
    }
  }
  const { elementPoints, penalty } = analysis.scoreBreakdown;
  expect(elementPoints).toBe(analysis.elements.reduce((sum, e) => sum + (e.present ? ELEMENT_WEIGHTS[e.key] : 0), 0));
  expect(penalty).toBe(analysis.findings.reduce((sum, f) => sum + SEVERITY_PENALTY[f.severity], 0));
  if (analysis.stats.words > 0) {
    expect(analysis.score).toBe(Math.min(100, Math.max(0, BASE_POINTS + elementPoints - penalty)));
  }
}

describe("analyzeApology", () => {
  it("scores a strong double-charge apology at 80 or more, with all seven elements present", () => {
    const analysis = analyzeApology(STRONG, DOUBLE_CHARGE);
    expectWellFormed(STRONG, analysis);
    expect(analysis.elements.filter((e) => !e.present)).toEqual([]);
    expect(analysis.score).toBeGreaterThanOrEqual(80);
  });

  it("finds exactly a passive evasion and a minimizing phrase in the e2e sentence, with one-click rewrites", () => {
    const analysis = analyzeApology(WEAK, DOUBLE_CHARGE);
    expectWellFormed(WEAK, analysis);
    expect(kinds(analysis)).toEqual(["minimizing", "passive-evasion"]);
    expect(analysis.findings.map((f) => [f.rule, f.text, f.replacement])).toEqual([
      ["passive-evasion", "Mistakes were made", "We made mistakes"],
      ["minimizing", "any inconvenience", "the harm this caused you"],
    ]);
    expect(analysis.score).toBeLessThanOrEqual(30);
  });

  it("clears those findings once the replacements are applied", () => {
    const first = analyzeApology(WEAK, DOUBLE_CHARGE);
    let text = WEAK;
    for (const finding of [...first.findings].reverse()) {
      text = text.slice(0, finding.span.start) + finding.replacement + text.slice(finding.span.end);
    }
    expect(text).toBe("We made mistakes and we regret the harm this caused you");
    const second = analyzeApology(text, DOUBLE_CHARGE);
    expect(second.findings).toEqual([]);
    expect(second.score).toBeGreaterThan(first.score);
  });

  it("scores empty and blank text 0", () => {
    for (const text of ["", "   \n\n "]) {
      const analysis = analyzeApology(text, DOUBLE_CHARGE);
      expect(analysis.score).toBe(0);
      expect(analysis.findings).toEqual([]);
      expect(analysis.stats).toMatchObject({ words: 0, sentences: 0, readingGrade: null });
    }
  });

  it("sinks a corporate non-apology", () => {
    const analysis = analyzeApology(CORPORATE, DOUBLE_CHARGE);
    expectWellFormed(CORPORATE, analysis);
    expect(analysis.score).toBeLessThanOrEqual(10);
    expect(kinds(analysis)).toEqual(
      expect.arrayContaining(["blame-shifting", "conditional-apology", "deflection", "hedging", "jargon", "minimizing", "self-focus"]),
    );
  });

  it("judges short social posts on both sides", () => {
    const social = { ...DOUBLE_CHARGE, channel: "social" };
    const good = analyzeApology(SOCIAL_GOOD, social);
    expectWellFormed(SOCIAL_GOOD, good);
    expect(good.score).toBeGreaterThanOrEqual(80);
    expect(good.stats.charLimit).toBe(280);
    expect(good.findings.filter((f) => f.rule === "length")).toEqual([]);

    const bad = analyzeApology(SOCIAL_BAD, social);
    expectWellFormed(SOCIAL_BAD, bad);
    expect(bad.score).toBeLessThanOrEqual(30);
    expect(kinds(bad)).toEqual(expect.arrayContaining(["blame-shifting", "minimizing", "passive-evasion"]));

    const long = analyzeApology(`${SOCIAL_GOOD} ${SOCIAL_GOOD}`, social);
    expect(long.findings.filter((f) => f.rule === "length")).toHaveLength(1);
    expect(analyzeApology(STRONG, DOUBLE_CHARGE).stats.charLimit).toBeNull();
  });

  it("is deterministic, with or without cached sentences", () => {
    clearLibraryCache();
    const cold = analyzeApology(STRONG + "\n\n" + CORPORATE, DOUBLE_CHARGE);
    analyzeApology(CORPORATE, DOUBLE_CHARGE);
    const warm = analyzeApology(STRONG + "\n\n" + CORPORATE, DOUBLE_CHARGE);
    expect(warm).toEqual(cold);
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
  });

  it("puts the score first and explains it in numbers", () => {
    const analysis = analyzeApology(WEAK, DOUBLE_CHARGE);
    expect(Object.keys(analysis)[0]).toBe("score");
    expect(analysis.scoreBreakdown).toEqual({ elementPoints: 0, elementMax: 70, penalty: 18, formula: "30 base + 0 for elements − 18 for findings = 12" });
    expect(analysis.stats).toMatchObject({ words: 8, sentences: 1, characters: WEAK.length, charLimit: null });
  });

  it("documents the formula with the constants the score uses", () => {
    expect(Object.values(ELEMENT_WEIGHTS).reduce((a, b) => a + b, 0) + BASE_POINTS).toBe(100);
    expect(SCORE_FORMULA_MARKDOWN).toContain(`score = ${BASE_POINTS} + element points − penalties`);
    for (const [severity, points] of Object.entries(SEVERITY_PENALTY)) expect(SCORE_FORMULA_MARKDOWN).toContain(`| ${severity} | −${points} |`);
    for (const points of Object.values(ELEMENT_WEIGHTS)) expect(SCORE_FORMULA_MARKDOWN).toContain(`| ${points} |`);
  });

  it.each(
    (Object.keys(SEVERITY_GUIDE) as Severity[]).flatMap((severity) =>
      SEVERITY_GUIDE[severity].filter((g) => g.example).map((g) => [severity, g.example as string] as const),
    ),
  )("gives the documented %s severity to the example “%s”", (severity, example) => {
    const text = `${example}.`;
    const analysis = analyzeApology(text, DOUBLE_CHARGE);
    const overlapping = analysis.findings.filter((f) => f.span.start < example.length && f.span.end > 0);
    expect(overlapping.map((f) => f.severity)).toContain(severity);
  });

  it("reports well-formed, deterministic results for any text", () => {
    const phrase = fc.constantFrom(
      "We are sorry.",
      "Mistakes were made",
      "if anyone was offended",
      "any inconvenience",
      "a third-party vendor",
      "🙏",
      "may have",
      "Going forward,",
      "\n\n",
      "we charged you twice",
      "refunded",
      "help@example.com",
      " ",
      "“",
      "—",
    );
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.oneof(phrase, fc.string({ maxLength: 12 })), { maxLength: 25 }).map((parts) => parts.join(" ")));
    fc.assert(
      fc.property(text, fc.constantFrom("email", "social"), (draft, channel) => {
        const context = { ...DOUBLE_CHARGE, channel };
        const analysis = analyzeApology(draft, context);
        expectWellFormed(draft, analysis);
        expect(analyzeApology(draft, context)).toEqual(analysis);
      }),
      { numRuns: 150 },
    );
  });
});
