import { describe, expect, it } from "vitest";
import { matchItems, suggestThemes } from "@/lib/learn/suggest-themes";
import { phraseKey } from "@/lib/learn/phrases";
import { COMPLAINTS, type Complaint } from "@/tests/fixtures/complaints";

const THEMES = ["double-charge", "refund", "bank-fees", "support", "cancel"] as const;

// For each theme a person would file complaints under, the suggestion that best recovers it.
function bestMatch(theme: Complaint["theme"], suggestions: ReturnType<typeof suggestThemes>) {
  const truth = new Set(COMPLAINTS.filter((c) => c.theme === theme).map((c) => c.id));
  let best = { precision: 0, recall: 0, f1: 0, label: "" };
  for (const s of suggestions) {
    const hit = s.itemIds.filter((id) => truth.has(id)).length;
    const precision = hit / s.itemIds.length, recall = hit / truth.size;
    const f1 = hit ? (2 * precision * recall) / (precision + recall) : 0;
    if (f1 > best.f1) best = { precision, recall, f1, label: s.label };
  }
  return best;
}

describe("theme suggestions from negative feedback", () => {
  const suggestions = suggestThemes(COMPLAINTS);

  it("finds every theme of the complaints fixture, each mostly right and mostly complete", () => {
    for (const theme of THEMES) {
      const m = bestMatch(theme, suggestions);
      expect(m.precision, `${theme} → ${m.label}`).toBeGreaterThanOrEqual(0.8);
      expect(m.recall, `${theme} → ${m.label}`).toBeGreaterThanOrEqual(0.7);
    }
  });

  it("labels themes in the customers' own words", () => {
    const labels = suggestions.map((s) => s.label.toLowerCase());
    expect(labels).toEqual(expect.arrayContaining(["charged twice", "refund", "overdraft fees", "customer support", "cancel subscription"]));
  });

  it("merges near-duplicates by stem: charged twice, charges twice and double charged are one theme", () => {
    const charged = suggestions.find((s) => s.label === "Charged twice")!;
    expect(phraseKey("charged twice")!.key).toBe(phraseKey("charges twice")!.key);
    expect(phraseKey("charged twice")!.key).toBe(phraseKey("double charged")!.key);
    expect(phraseKey("refunds")!.key).toBe(phraseKey("refund")!.key);
    const texts = charged.itemIds.map((id) => COMPLAINTS.find((c) => c.id === id)!.text);
    expect(texts).toEqual(expect.arrayContaining([
      "I was double charged and nobody has explained why.",
      "Charged twice again?! This is the second time this year.",
      "I see the duplicate payment on my card, you charged me twice.",
    ]));
  });

  it("gives each suggestion its volume, share and up to three example quotes from its items", () => {
    for (const s of suggestions) {
      expect(s.volume).toBe(s.itemIds.length);
      expect(s.share).toBeCloseTo(s.volume / COMPLAINTS.length);
      expect(s.examples.length).toBeGreaterThan(0);
      expect(s.examples.length).toBeLessThanOrEqual(3);
      for (const e of s.examples) expect(s.itemIds).toContain(e.id);
    }
    expect(suggestions.map((s) => s.volume)).toEqual([...suggestions.map((s) => s.volume)].sort((a, b) => b - a));
  });

  it("tags exactly the items it counted when the suggestion is accepted", () => {
    for (const s of suggestions) expect(matchItems(COMPLAINTS, s.keyPhrases).sort()).toEqual([...s.itemIds].sort());
  });

  it("does not suggest again what existing themes cover", () => {
    const again = suggestThemes(COMPLAINTS, { existing: ["Refund", "overdraft fees"] });
    expect(again.map((s) => s.label)).not.toContain("Refund");
    expect(again.map((s) => s.label)).not.toContain("Overdraft fees");
    expect(again.map((s) => s.label)).toContain("Charged twice");
  });

  it("ignores noise: one-off complaints make no theme, and nothing comes from nothing", () => {
    const noise = COMPLAINTS.filter((c) => c.theme === null);
    expect(suggestThemes(noise)).toEqual([]);
    expect(suggestThemes([])).toEqual([]);
  });

  it("leaves out what nearly every text says (the incident itself)", () => {
    const texts = COMPLAINTS.map((c) => ({ ...c, text: `${c.text} Order placed with my debit card number.` }));
    const labels = suggestThemes(texts).map((s) => s.label.toLowerCase());
    expect(labels.some((l) => l.includes("debit card"))).toBe(false);
    expect(labels).toContain("refund");
  });

  it("is deterministic", () => {
    expect(suggestThemes([...COMPLAINTS].reverse()).map((s) => [s.label, [...s.itemIds].sort()])).toEqual(suggestions.map((s) => [s.label, [...s.itemIds].sort()]));
  });

  it("matches key phrases in any word form and order, skipping little words, within a sentence", () => {
    const texts = [
      { id: "a", text: "They charged me twice!" },
      { id: "b", text: "Twice charged, again." },
      { id: "c", text: "I was charged. Twice I called support." },
      { id: "d", text: "Charging people two times is wrong." },
    ];
    expect(matchItems(texts, ["charged twice"])).toEqual(["a", "b"]);
    expect(matchItems(texts, ["the"])).toEqual([]);
  });
});
