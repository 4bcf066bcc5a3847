import { VFile } from "vfile";
import { beforeEach, describe, expect, it } from "vitest";
import { prepareDraft } from "@/lib/apology/analysis/draft";
import {
  clearLibraryCache,
  phraseProcessor,
  readabilityProcessor,
  toLibraryMessages,
  type LibraryMessage,
} from "@/lib/apology/analysis/library-checks";

const CORPUS = [
  "Mistakes were made and we regret any inconvenience.",
  "Hey guys, that was crazy. Damn, we screwed up — \"mistakes were made\" (as they say).\n\nWe will utilize new tools; it is possibly fine.",
  "Notwithstanding the aforementioned considerations, organizational remediation necessitates comprehensive reconsideration. Your data was stolen! Don't worry: it's apparently fine, isn't it?",
  "We are sorry.\nOn 12 March our checkout charged 18,400 of you two or three times. The chairman said: 'the third-party vendor was hit'.",
  "",
  "   \n\n  ",
  "We did this kind of thing for the purpose of speed, in order to ship; it is sort of a small number of issues.",
  "Emoji 🙏 first, then passive: the records were taken and the money was lost by nobody.",
];

// The plain way to run the plugins: retext's own tree, every sentence, no cache, no gate.
function fullTreeMessages(text: string): LibraryMessage[] {
  const file = new VFile(text);
  phraseProcessor.runSync(phraseProcessor.parse(file), file);
  readabilityProcessor.runSync(readabilityProcessor.parse(file), file);
  return toLibraryMessages(file);
}

const key = (m: LibraryMessage) => `${m.source}|${m.ruleId}|${m.start}|${m.end}|${m.actual}|${m.expected.join(",")}`;

describe("library checks", () => {
  beforeEach(() => clearLibraryCache());

  it.each(CORPUS.map((text) => [text]))("report on the light tree, through the cache and the readability gate, exactly what they report on retext's own tree: %j", (text) => {
    expect(prepareDraft(text).library.map(key).sort()).toEqual(fullTreeMessages(text).map(key).sort());
  });

  it("give the same messages whether sentences come from the cache or not", () => {
    const text = CORPUS.join("\n\n");
    const cold = prepareDraft(text).library;
    expect(prepareDraft(text).library).toEqual(cold);
    // A sentence seen in another draft, at another offset, is reported at its new offset.
    clearLibraryCache();
    prepareDraft(CORPUS[0]);
    const shifted = `We are sorry. ${CORPUS[0]}`;
    expect(prepareDraft(shifted).library.map(key)).toEqual(fullTreeMessages(shifted).map(key));
  });

  it("report offsets that slice the draft to the flagged words", () => {
    const text = CORPUS[1];
    for (const message of prepareDraft(text).library) {
      if (message.source !== "retext-readability") expect(text.slice(message.start, message.end)).toBe(message.actual);
    }
  });
});
