import { describe, expect, it } from "vitest";
import { detectInsensitive } from "@/lib/apology/analysis/detectors/insensitive";
import { detectProfanity } from "@/lib/apology/analysis/detectors/profanity";
import { detectReadability } from "@/lib/apology/analysis/detectors/readability";
import { findings, flagged } from "./helpers";

const HARD =
  "Notwithstanding the aforementioned considerations, organizational remediation necessitates comprehensive institutional reconsideration of interdepartmental authorization methodologies.";

describe("readability (retext-readability)", () => {
  it("flags a sentence most formulas rate as too hard, spanning the sentence", () => {
    const text = `We are sorry. ${HARD}`;
    expect(flagged(detectReadability, text)).toEqual([HARD]);
    expect(findings(detectReadability, text)[0].reason).toMatch(/readability formulas/);
  });

  it.each([
    "We charged you twice. We are sorry. Your money is back in your account today.",
    "Sorry, we broke checkout for 2 hours. Fixed now. DM us if you were charged twice.",
  ])("does not flag plain sentences: %j", (text) => {
    expect(flagged(detectReadability, text)).toEqual([]);
  });
});

describe("insensitive wording (retext-equality)", () => {
  it("flags wording that can exclude readers, with alternatives", () => {
    const [finding] = findings(detectInsensitive, "Hey guys, we messed up.");
    expect("Hey guys, we messed up.".slice(finding.span.start, finding.span.end)).toBe("guys");
    expect(finding.suggestion).toMatch(/people/);
  });

  it("does not flag considerate wording", () => {
    expect(flagged(detectInsensitive, "Hi everyone, we messed up and we are sorry.")).toEqual([]);
  });
});

describe("profanity (retext-profanities)", () => {
  it("flags likely profanity", () => {
    expect(flagged(detectProfanity, "Damn, we messed up.")).toEqual(["Damn"]);
  });

  it.each(["An attacker used a stolen password.", "The failure was ours.", "We will execute the refunds today."])(
    "does not flag words an incident needs: %j",
    (text) => {
      expect(flagged(detectProfanity, text)).toEqual([]);
    },
  );
});
