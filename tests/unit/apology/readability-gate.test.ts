import fc from "fast-check";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { readabilityProcessor } from "@/lib/apology/analysis/library-checks";
import { mayBeHardToRead } from "@/lib/apology/analysis/readability-gate";

// What the gate is given: retext's word count and letters for the sentence.
function measure(sentence: string) {
  const tree = readabilityProcessor.parse(sentence) as unknown as { children: { children: { children: { type: string; children?: { value: string }[] }[] }[] }[] };
  let words = 0;
  let letters = 0;
  for (const paragraph of tree.children) {
    for (const s of paragraph.children ?? []) {
      for (const node of s.children ?? []) {
        if (node.type !== "WordNode") continue;
        words++;
        letters += (node.children ?? []).map((c) => c.value).join("").length;
      }
    }
  }
  return { words, letters };
}

function flaggedByPlugin(sentence: string): boolean {
  const file = new VFile(sentence);
  readabilityProcessor.runSync(readabilityProcessor.parse(file), file);
  return file.messages.length > 0;
}

const EASY = ["we", "are", "sorry", "you", "paid", "twice", "it", "was", "our", "fault", "the", "money", "is", "back", "today", "and", "a", "fee"];
const HARD = ["notwithstanding", "organizational", "remediation", "necessitates", "comprehensive", "institutional", "reconsideration", "interdepartmental", "authorization", "methodologies", "unprecedented", "infrastructure", "Accordingly", "nevertheless"];

describe("readability gate", () => {
  it("rules out short and plain sentences", () => {
    expect(mayBeHardToRead(5, 20)).toBe(false);
    const plain = "We charged you twice and we are sorry for it.";
    const { words, letters } = measure(plain);
    expect(mayBeHardToRead(words, letters)).toBe(false);
  });

  it("keeps long or wordy sentences for the plugin to judge", () => {
    const hard = "Notwithstanding the aforementioned considerations, organizational remediation necessitates comprehensive reconsideration.";
    const { words, letters } = measure(hard);
    expect(mayBeHardToRead(words, letters)).toBe(true);
    expect(flaggedByPlugin(hard)).toBe(true);
    expect(mayBeHardToRead(30, 90)).toBe(true); // long: Spache alone could tip it
  });

  it("never rules out a sentence retext-readability flags", () => {
    const word = fc.oneof(fc.constantFrom(...EASY), fc.constantFrom(...HARD), fc.constantFrom("18,400", "don't", "e-mail", "—"));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
        const sentence = `${words.join(" ")}.`;
        if (!flaggedByPlugin(sentence)) return;
        const { words: count, letters } = measure(sentence);
        expect(mayBeHardToRead(count, letters)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
