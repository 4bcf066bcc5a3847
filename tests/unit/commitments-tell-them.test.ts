import { describe, expect, it } from "vitest";
import { citeEvidence, tellThemReply, type CitableEvidence } from "@/lib/commitments/tell-them";

const base: CitableEvidence = { kind: "NOTE", title: "", url: null, metricName: null, metricValue: null, metricUnit: null, metricBaseline: null, metricTarget: null, metricAsOf: null, note: "" };

describe("the “tell them” reply", () => {
  it("cites links, metrics and notes", () => {
    expect(citeEvidence({ ...base, kind: "LINK", title: "Incident report", url: "https://example.com/r" })).toBe("Incident report: https://example.com/r");
    expect(citeEvidence({ ...base, kind: "METRIC", title: "t", metricName: "Refund time", metricValue: 2, metricUnit: "days", metricBaseline: 10, metricTarget: 3, metricAsOf: new Date("2026-05-01T00:00:00Z") }))
      .toBe("Refund time: 2 days (was 10 days, target 3 days, as of 1 May 2026)");
    expect(citeEvidence({ ...base, kind: "NOTE", title: "t", note: "All refunds sent." })).toBe("All refunds sent.");
  });

  it("greets the customer, quotes them, names the promise and lists the proof", () => {
    const reply = tellThemReply({
      authorName: "Grace Liu",
      feedbackText: "You charged me twice and nobody answers.",
      commitmentTitle: "Refund every duplicate charge",
      evidence: [{ ...base, kind: "LINK", title: "Refund report", url: "https://example.com/refunds" }],
    });
    expect(reply).toMatch(/^Hi Grace,/);
    expect(reply).toContain("You told us: “You charged me twice and nobody answers.” You were right");
    expect(reply).toContain("We promised: Refund every duplicate charge.");
    expect(reply).toContain("- Refund report: https://example.com/refunds");
  });

  it("has no proof section without public evidence", () => {
    const reply = tellThemReply({ authorName: null, feedbackText: "x".repeat(400), commitmentTitle: "Fix it", evidence: [] });
    expect(reply).toMatch(/^Hello,/);
    expect(reply).not.toContain("proof");
    expect(reply).toContain("…”");
  });
});
