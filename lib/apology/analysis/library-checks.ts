// The retext plugins (well-kept word lists for passive voice, hedges, plain English, readability,
// insensitive and profane words), run once per analysis. Each detector then picks the messages
// of its own plugin and decides what they mean in an apology.
import { unified } from "unified";
import retextEnglish from "retext-english";
import retextEquality from "retext-equality";
import retextIntensify from "retext-intensify";
import retextPassive from "retext-passive";
import retextProfanities from "retext-profanities";
import retextReadability from "retext-readability";
import retextSimplify from "retext-simplify";
import { VFile } from "vfile";
import type { Root, Sentence } from "nlcst";
import { INTENSIFY_IGNORE } from "./detectors/hedging-words";
import { SIMPLIFY_IGNORE } from "./detectors/jargon-words";

export type LibrarySource =
  | "retext-passive"
  | "retext-intensify"
  | "retext-simplify"
  | "retext-equality"
  | "retext-profanities"
  | "retext-readability";

export type LibraryMessage = {
  source: LibrarySource;
  ruleId: string;
  start: number;
  end: number;
  actual: string;
  expected: string[];
  reason: string;
};

// Apologies are signed by people: "she" is the named CEO, not a generic reader, so
// retext-equality's gendered-pronoun rule would only be noise here.
const PRONOUNS = ["he", "she", "him", "her", "his", "hers", "himself", "herself"];

/** Readability is judged on sentences of at least this many words: shorter ones are skewed by one long word. */
export const READABILITY_MIN_WORDS = 8;
/** retext-readability's target reader age (a 16-year-old, the plugin's default). */
export const READABILITY_AGE = 16;

// Built once at module level: freezing indexes thousands of phrases, and the analysis runs on
// every keystroke. All plugins are synchronous, so runSync is safe. Readability runs apart so it
// only sees the sentences readability-gate.ts cannot rule out.
export const phraseProcessor = unified()
  .use(retextEnglish)
  .use(retextPassive)
  .use(retextIntensify, { ignore: INTENSIFY_IGNORE })
  .use(retextSimplify, { ignore: SIMPLIFY_IGNORE })
  .use(retextEquality, { ignore: PRONOUNS })
  .use(retextProfanities, { sureness: 1 })
  .freeze();

export const readabilityProcessor = unified()
  .use(retextEnglish)
  .use(retextReadability, { age: READABILITY_AGE, minWords: READABILITY_MIN_WORDS })
  .freeze();

export function parseText(text: string): Root {
  return phraseProcessor.parse(text) as Root;
}

/** A sentence to check; `mayBeHard` is false when readability-gate.ts rules out a readability finding. */
export type CheckedSentence = { start: number; end: number; text: string; node: Sentence; mayBeHard: boolean };

// Every plugin judges one sentence at a time (phrases never span sentences; readability is per
// sentence), so a sentence's messages depend only on its text. Remembering them means a
// keystroke re-checks one sentence, not the whole draft. Bounded, least recently used first out.
const CACHE_LIMIT = 5000;
const cache = new Map<string, LibraryMessage[]>(); // sentence text → messages, offsets relative to the sentence

export function clearLibraryCache(): void {
  cache.clear();
}

/**
 * Messages of all plugins for these sentences (in document order), offsets into `text`.
 * Sentences not seen before are checked together in one run of the processor, on a tree of
 * just those sentences (see liteWord in draft.ts for the shape of the tree).
 */
export function runLibraryChecks(sentences: CheckedSentence[], text: string, position: Root["position"]): LibraryMessage[] {
  const known = new Map<number, LibraryMessage[]>();
  const misses: CheckedSentence[] = [];
  sentences.forEach((sentence, i) => {
    const hit = cache.get(sentence.text);
    if (hit) {
      cache.delete(sentence.text); // refresh its place in the LRU order
      cache.set(sentence.text, hit);
      known.set(i, hit);
    } else misses.push(sentence);
  });

  if (misses.length > 0) {
    const file = new VFile(text);
    phraseProcessor.runSync(treeOf(misses, position), file);
    const hard = misses.filter((m) => m.mayBeHard);
    if (hard.length > 0) readabilityProcessor.runSync(treeOf(hard, position), file);
    const grouped = misses.map(() => [] as LibraryMessage[]);
    for (const message of toLibraryMessages(file)) {
      const index = containing(misses, message.start);
      if (index < 0) continue;
      const base = misses[index].start;
      grouped[index].push({ ...message, start: message.start - base, end: message.end - base });
    }
    misses.forEach((sentence, i) => {
      cache.set(sentence.text, grouped[i]);
      if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    });
    const missIndex = new Map(misses.map((m, i) => [m, i]));
    sentences.forEach((sentence, i) => {
      const j = missIndex.get(sentence);
      if (j !== undefined) known.set(i, grouped[j]);
    });
  }

  const out: LibraryMessage[] = [];
  sentences.forEach((sentence, i) => {
    for (const m of known.get(i) ?? []) out.push({ ...m, start: m.start + sentence.start, end: m.end + sentence.start });
  });
  return out;
}

function treeOf(sentences: CheckedSentence[], position: Root["position"]): Root {
  return { type: "RootNode", position, children: [{ type: "ParagraphNode", position, children: sentences.map((m) => m.node) }] };
}

function containing(sentences: CheckedSentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The file's messages with offsets; `actual` is read from the text (the light tree has no whitespace to join words with). */
export function toLibraryMessages(file: VFile): LibraryMessage[] {
  const text = String(file.value);
  const out: LibraryMessage[] = [];
  for (const message of file.messages) {
    const place = message.place;
    if (!place || !("start" in place)) continue;
    const start = place.start.offset;
    const end = place.end.offset;
    if (start === undefined || end === undefined || end <= start) continue;
    out.push({
      source: message.source as LibrarySource,
      ruleId: message.ruleId ?? "",
      start,
      end,
      actual: text.slice(start, end),
      expected: message.expected ?? [],
      reason: message.reason,
    });
  }
  return out;
}

export function messagesFrom(messages: LibraryMessage[], source: LibrarySource): LibraryMessage[] {
  return messages.filter((m) => m.source === source);
}
