import { describe, expect, it } from "vitest";
import { charLimitFor, detectLength } from "@/lib/apology/analysis/detectors/length";
import { findings } from "./helpers";

const SHORT = "We messed up: our March update charged some of you twice. We're sorry. Every extra charge is refunded, and a new check stops it happening again. Questions? Reply here.";

describe("length", () => {
  it("has a 280-character limit for social posts only", () => {
    expect(charLimitFor("social")).toBe(280);
    expect(charLimitFor(" Social ")).toBe(280);
    expect(charLimitFor("email")).toBeNull();
    expect(charLimitFor("statement")).toBeNull();
  });

  it("flags the characters over the limit of a social post", () => {
    const text = `${SHORT} ${SHORT}`;
    const [finding] = findings(detectLength, text, { channel: "social" });
    expect(finding.span).toEqual({ start: 280, end: text.length });
    expect(finding.reason).toContain(`${text.length} characters`);
  });

  it("counts an emoji as one character, and keeps the span on a character boundary", () => {
    const text = "🙏".repeat(281);
    const [finding] = findings(detectLength, text, { channel: "social" });
    expect(finding.span).toEqual({ start: 560, end: 562 });
    expect(findings(detectLength, "🙏".repeat(280), { channel: "social" })).toEqual([]);
  });

  it("does not count the blank space around the post", () => {
    const text = `\n\n${"a".repeat(281)}\n`;
    const [finding] = findings(detectLength, text, { channel: "social" });
    expect(finding.span).toEqual({ start: 282, end: 283 });
  });

  it.each([
    ["a short social post", SHORT, "social"],
    ["a long email", `${SHORT} ${SHORT} ${SHORT}`, "email"],
    ["exactly 280 characters", "a".repeat(280), "social"],
    ["blank space around 280 characters", `\n  ${"a".repeat(280)}\n\n`, "social"],
  ])("does not flag %s", (_name, text, channel) => {
    expect(findings(detectLength, text, { channel })).toEqual([]);
  });
});
