// The draft as every detector sees it: the text, its sentences and words (from retext-english,
// so all detectors agree on where a sentence ends), and the messages of the retext plugins.
// Parsed once per analysis; detectors only read it.
import type { Root, Sentence as NlcstSentence, SentenceContent, Word as NlcstWord } from "nlcst";
import type { ApologyContext } from "./types";
import { mayBeHardToRead } from "./readability-gate";
import { runLibraryChecks, parseText, type CheckedSentence, type LibraryMessage } from "./library-checks";

export type Sentence = { start: number; end: number; text: string; wordCount: number };
export type Word = { start: number; end: number; text: string; sentence: number };

export type Draft = {
  text: string;
  context: ApologyContext;
  sentences: Sentence[];
  words: Word[];
  library: LibraryMessage[];
};

const EMPTY_CONTEXT: ApologyContext = { title: "", summary: "", audience: "", channel: "" };

export function prepareDraft(text: string, context: Partial<ApologyContext> = {}): Draft {
  const fullContext = { ...EMPTY_CONTEXT, ...context };
  const tree = parseText(text);
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  const checked: CheckedSentence[] = [];

  for (const sentence of collectSentences(tree)) {
    const start = sentence.position?.start.offset;
    const end = sentence.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const index = sentences.length;
    const liteChildren: SentenceContent[] = [];
    let wordCount = 0;
    let wordNodes = 0; // counted as retext-readability counts them, for the readability gate
    let letters = 0;
    for (const child of sentence.children) {
      if (child.type === "WhiteSpaceNode") continue;
      if (child.type !== "WordNode") {
        liteChildren.push(child);
        continue;
      }
      const value = wordText(child);
      liteChildren.push(liteWord(child, value));
      wordNodes++;
      letters += value.length;
      const wStart = child.position?.start.offset;
      const wEnd = child.position?.end.offset;
      if (wStart === undefined || wEnd === undefined || !/[\p{L}\p{N}]/u.test(value)) continue;
      words.push({ start: wStart, end: wEnd, text: value, sentence: index });
      wordCount++;
    }
    const sentenceText = text.slice(start, end);
    sentences.push({ start, end, text: sentenceText, wordCount });
    checked.push({
      start,
      end,
      text: sentenceText,
      node: { type: "SentenceNode", position: sentence.position, children: liteChildren },
      mayBeHard: mayBeHardToRead(wordNodes, letters),
    });
  }

  const library = runLibraryChecks(checked, text, tree.position);
  return { text, context: fullContext, sentences, words, library };
}

function collectSentences(tree: Root): NlcstSentence[] {
  const out: NlcstSentence[] = [];
  for (const node of tree.children) {
    if (node.type === "SentenceNode") out.push(node);
    else if (node.type === "ParagraphNode") {
      for (const child of node.children) if (child.type === "SentenceNode") out.push(child);
    }
  }
  return out;
}

function wordText(word: NlcstWord): string {
  let value = "";
  for (const part of word.children) value += part.value;
  return value;
}

// The plugins get sentences without whitespace nodes, whose words carry their text as a
// literal `value` and have no children. nlcst-to-string reads `value` first, and the plugins
// skip whitespace between words anyway, so they see the same words while the tree walkers
// visit one node per word instead of three: the checks run about twice as fast. The cast is
// the price of that shortcut; tests/unit/apology/library-checks.test.ts checks the plugins
// report exactly what they report on the full tree.
function liteWord(word: NlcstWord, value: string): NlcstWord {
  return { type: "WordNode", position: word.position, value } as unknown as NlcstWord;
}

/** Index of the sentence that contains `offset` (binary search), or -1. */
export function sentenceAt(draft: Draft, offset: number): number {
  let lo = 0;
  let hi = draft.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = draft.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
