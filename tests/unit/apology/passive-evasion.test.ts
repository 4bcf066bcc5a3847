import { describe, expect, it } from "vitest";
import { detectPassiveEvasion } from "@/lib/apology/analysis/detectors/passive-evasion";
import { findings, flagged } from "./helpers";

describe("passive evasion", () => {
  it.each([
    ["Mistakes were made.", "Mistakes were made", "We made mistakes"],
    ["We admit that errors have been made.", "errors have been made", "we made errors"],
    ["A mistake was made in our billing run.", "A mistake was made", "We made a mistake"],
    ["An error occurred during checkout.", "An error occurred", "We made an error"],
    ["Issues arose with payments. Sorry!", "Issues arose", "We caused issues"],
    ["Something went wrong on Tuesday.", "Something went wrong", "We got something wrong"],
  ])("flags the stock evasion in %j with an active rewrite", (text, expected, replacement) => {
    const found = findings(detectPassiveEvasion, text).find((f) => text.slice(f.span.start, f.span.end) === expected);
    expect(found?.replacement).toBe(replacement);
  });

  it("flags passive clauses from retext-passive that hide who acted, with a low severity", () => {
    const found = findings(detectPassiveEvasion, "Your order history was stolen last week.");
    expect(found.map((f) => [f.severity, "Your order history was stolen last week.".slice(f.span.start, f.span.end)])).toEqual([["low", "was stolen"]]);
  });

  it.each([
    "We made mistakes, and we are sorry.",
    "The change was made by our billing team, and we own it.",
    "No card numbers or passwords were taken.",
    "We charged 18,400 of you twice.",
    "Sorry. We broke checkout and we are fixing it.",
  ])("does not flag %j", (text) => {
    expect(flagged(detectPassiveEvasion, text)).toEqual([]);
  });

  it("rates the stock phrase high", () => {
    const [finding] = findings(detectPassiveEvasion, "mistakes were made");
    expect(finding.severity).toBe("high");
    expect(finding.replacement).toBe("we made mistakes");
  });
});
