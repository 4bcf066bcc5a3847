// Words and phrases of a feedback text, for finding themes. Pure (no Next, no Prisma).
// wink-nlp (already used for sentiment) gives sentences, parts of speech, stop words and Porter2
// stems, so "charged twice", "charges twice" and "twice charged" share one key: "charg twice".
import winkNLP, { type ItemSentence, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type Token = { normal: string; stem: string; pos: string; stop: boolean; punct: boolean };

// Words that say nothing about what went wrong, whatever the incident: they never start a theme
// and break phrases apart.
const GENERIC = new Set(
  (
    "really just still even also ever never already always again actually literally absolutely totally completely seriously honestly " +
    "now today yesterday tomorrow please thanks thank ok okay yes yeah hi hello dear sir madam lol omg wtf " +
    "get got getting go going gone went make made making say said know knew think thought want wanted need needed tell told come came " +
    "take took try tried give gave see saw look use used do did does done be been being have has had let keep kept put " +
    "thing things time times lot lots way people guy guys company business day days week weeks month months year years hour hours " +
    "minute minutes anyone everyone someone somebody anybody nobody everything something anything nothing one ones " +
    "good bad great terrible awful horrible worst best new old many much more less"
  ).split(" "),
);

// Stems that incident feedback uses interchangeably: "charged twice" is "double charged". A Map,
// not an object literal: a word like "constructor" must not find Object's own properties.
const SAME_STEM = new Map<string, string>([["twice", "doubl"], ["duplic", "doubl"], ["duplicate", "doubl"]]);

// Parts of speech a theme can be about; only these start a one-word theme.
const PHRASE_POS = new Set(["NOUN", "PROPN", "ADJ", "VERB", "ADV", "NUM"]);
export const SEED_POS = new Set(["NOUN", "PROPN"]);

let nlp: WinkMethods | null = null;
function getNlp(): WinkMethods {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

// The sentences of a text as tokens; punctuation is kept (it breaks phrases), symbols are dropped.
export function tokenize(text: string): Token[][] {
  const w = getNlp();
  const its = w.its;
  const out: Token[][] = [];
  w.readDoc(text.slice(0, 10_000)).sentences().each((sentence: ItemSentence) => {
    const tokens = sentence.tokens();
    const types = tokens.out(its.type) as string[];
    const normals = tokens.out(its.normal) as string[];
    // Typed as needing model add-ons, but the stemmer is built in.
    const stems = tokens.out(its.stem as unknown as typeof its.value) as string[];
    const pos = tokens.out(its.pos) as string[];
    const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
    const words: Token[] = [];
    for (let i = 0; i < types.length; i++) {
      if (types[i] === "punctuation") words.push({ normal: normals[i], stem: "", pos: "PUNCT", stop: false, punct: true });
      else if (types[i] === "word" && /\p{L}/u.test(normals[i])) {
        const stem = stems[i].toLowerCase();
        words.push({ normal: normals[i], stem: SAME_STEM.get(stem) ?? stem, pos: pos[i], stop: stops[i] === true, punct: false });
      }
    }
    if (words.some((t) => !t.punct)) out.push(words);
  });
  return out;
}

// Stop words are skipped, not breaks: "charged me twice" holds the phrase "charged twice".
const isContent = (t: Token) => !t.punct && t.normal.length > 1 && !GENERIC.has(t.normal) && PHRASE_POS.has(t.pos);
// For matching, any word counts: a person's key phrase is found wherever they wrote it.
const isMatchable = (t: Token) => !t.punct;

// Runs of consecutive words that pass a test, stop words skipped; anything else breaks a run.
function runs(sentence: Token[], keep: (t: Token) => boolean): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  for (const t of sentence) {
    if (t.stop && !t.punct) continue;
    if (keep(t)) run.push(t);
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  if (run.length) out.push(run);
  return out;
}

// Word order does not matter: "charged twice" and "twice charged" are one phrase.
export const keyOf = (tokens: Token[]) => [...new Set(tokens.map((t) => t.stem))].sort().join(" ");

export const MAX_PHRASE_WORDS = 4;

export type Candidate = { key: string; surface: string; words: number; seedable: boolean };

// Candidate theme phrases of one text: 1–3 word runs of content words. A one-word candidate must
// be a noun; longer ones need a noun or a verb ("hung up" is a theme, "very long" is not).
export function candidatePhrases(sentences: Token[][]): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    for (const run of runs(sentence, isContent)) {
      for (let n = 1; n <= 3; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const gram = run.slice(i, i + n);
          const hasHead = gram.some((t) => SEED_POS.has(t.pos) || t.pos === "VERB");
          if (!hasHead) continue;
          const key = keyOf(gram);
          if (key.split(" ").length !== n) continue;
          out.push({ key, surface: gram.map((t) => t.normal).join(" "), words: n, seedable: n > 1 || SEED_POS.has(gram[0].pos) });
        }
      }
    }
  }
  return out;
}

// Every phrase key a text contains, for matching key phrases against it.
export function matchableKeys(sentences: Token[][]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    for (const run of runs(sentence, isMatchable)) {
      for (let n = 1; n <= MAX_PHRASE_WORDS; n++) {
        for (let i = 0; i + n <= run.length; i++) out.add(keyOf(run.slice(i, i + n)));
      }
    }
  }
  return out;
}

// prefixes: for each stem, the beginnings of the words it stands for (any one must be in the text).
export type PhraseKey = { phrase: string; key: string; prefixes: string[][] };

const prefixOf = (stem: string) => stem.slice(0, Math.max(2, stem.length - 1));
const SYNONYM_PREFIXES = new Map<string, string[]>();
for (const [from, to] of SAME_STEM) SYNONYM_PREFIXES.set(to, [...(SYNONYM_PREFIXES.get(to) ?? [prefixOf(to)]), prefixOf(from)]);

// A key phrase typed by a person or chosen by the suggester, as the key it matches. Null when it
// has no word that can match (only little words like "the", or more than four words).
export function phraseKey(phrase: string): PhraseKey | null {
  const tokens = tokenize(phrase).flat().filter((t) => isMatchable(t) && !t.stop);
  if (tokens.length === 0 || tokens.length > MAX_PHRASE_WORDS) return null;
  const stems = [...new Set(tokens.map((t) => t.stem))];
  // A cheap test before tokenizing a text: each stem, less its last letter ("nobodi" ← "nobody"),
  // must appear in it.
  return { phrase: phrase.trim(), key: stems.slice().sort().join(" "), prefixes: stems.map((s) => SYNONYM_PREFIXES.get(s) ?? [prefixOf(s)]) };
}
