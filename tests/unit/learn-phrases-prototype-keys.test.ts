import { describe, expect, it } from "vitest";
import { phraseKey, tokenize } from "@/lib/learn/phrases";

// Found by the hostile-input properties: the word "constructor" looked up Object's own property in
// the stem table, and a key phrase containing it crashed theme.create with a 500.
describe("words that are names of Object's properties", () => {
  it.each(["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "prototype"])("%s is an ordinary word", (word) => {
    const stems = tokenize(`the ${word} charged twice`).flat().map((t) => t.stem);
    expect(stems.every((s) => typeof s === "string")).toBe(true);
    expect(stems).toContain("doubl");
    expect(phraseKey(word)).toMatchObject({ phrase: word, key: expect.any(String) });
  });
});
