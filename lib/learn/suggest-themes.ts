// Theme suggestions from the criticism of one campaign. Pure: texts in, suggestions out.
//
// 1. Candidate phrases: runs of one to three content words of each text (lib/learn/phrases.ts),
//    keyed by their Porter2 stems in any order, so near-duplicates ("charged twice", "charges
//    twice", "twice charged") count as one.
// 2. Each phrase is scored like TF-IDF summed over the texts: how many texts use it, times
//    log(1 + N / that count), so a word every complaint shares (the brand) ranks below a specific
//    one; phrases of two or three words get a bonus because they read as themes. A phrase in
//    more than 60% of the texts is the incident itself, not one of its themes, and is left out.
// 3. Greedy grouping, best phrase first: a phrase joins the theme whose texts it shares most
//    (Jaccard ≥ 0.5); otherwise it starts a new theme if most of its texts are not yet covered.
// 4. A theme's texts are those matching any of its key phrases (matchItems) — the same function
//    that tags the items when a person accepts the suggestion, so the volume shown is what is tagged.
import { candidatePhrases, matchableKeys, phraseKey, tokenize, type PhraseKey, type Token } from "@/lib/learn/phrases";

export type ThemeText = { id: string; text: string; externalId?: string | null };

export type ThemeSuggestion = {
  key: string;
  label: string;
  keyPhrases: string[];
  volume: number;
  share: number;
  itemIds: string[];
  examples: { id: string; text: string }[];
};

export type SuggestOptions = {
  // At most this many suggestions (default 8).
  max?: number;
  // A phrase must appear in at least this many texts (default: 3, or 1% of the texts if more).
  minItems?: number;
  // Labels and key phrases of the campaign's existing themes: not suggested again.
  existing?: string[];
};

const MAX_KEY_PHRASES = 5;
const MAX_CANDIDATES = 300;
const MAX_SHARE = 0.6;

type Cluster = { seed: string; phrases: { key: string; surface: string }[]; items: Set<number> };

function jaccard(a: Set<number>, b: Set<number>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both || 1);
}

function mostCommon(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function suggestThemes(texts: ThemeText[], options: SuggestOptions = {}): ThemeSuggestion[] {
  const n = texts.length;
  if (n === 0) return [];
  const max = options.max ?? 8;
  const minItems = options.minItems ?? Math.max(3, Math.ceil(n * 0.01));
  const taken = new Set((options.existing ?? []).map((p) => phraseKey(p)?.key).filter((k): k is string => Boolean(k)));

  const tokenized = texts.map((t) => tokenize(t.text));
  // Phrase key → the texts using it, its surface forms, length, whether it may start a theme.
  const stats = new Map<string, { items: Set<number>; surfaces: Map<string, number>; words: number; seedable: boolean }>();
  tokenized.forEach((sentences, index) => {
    for (const c of candidatePhrases(sentences)) {
      if (taken.has(c.key)) continue;
      let s = stats.get(c.key);
      if (!s) stats.set(c.key, (s = { items: new Set(), surfaces: new Map(), words: c.words, seedable: c.seedable }));
      s.items.add(index);
      s.surfaces.set(c.surface, (s.surfaces.get(c.surface) ?? 0) + 1);
    }
  });

  const ranked = [...stats]
    // A phrase in most texts is the incident itself ("the outage"), not one of its themes.
    .filter(([, s]) => s.items.size >= minItems && s.items.size <= n * MAX_SHARE)
    .map(([key, s]) => ({ key, ...s, score: s.items.size * Math.log(1 + n / s.items.size) * (1 + 0.5 * (s.words - 1)) }))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .slice(0, MAX_CANDIDATES);

  const clusters: Cluster[] = [];
  const covered = new Set<number>();
  for (const c of ranked) {
    let best: Cluster | null = null;
    let bestScore = 0;
    for (const cluster of clusters) {
      const j = jaccard(c.items, cluster.items);
      if (j > bestScore) [best, bestScore] = [cluster, j];
    }
    const surface = mostCommon(c.surfaces);
    if (best && bestScore >= 0.5) {
      // A phrase joins a theme only if it does not widen it much ("charged" would pull every
      // text about any charge into "charged twice").
      let added = 0;
      for (const i of c.items) if (!best.items.has(i)) added++;
      if (added <= best.items.size * 0.25 && best.phrases.length < MAX_KEY_PHRASES) {
        best.phrases.push({ key: c.key, surface });
        for (const i of c.items) best.items.add(i);
      }
      continue;
    }
    if (!c.seedable || clusters.length >= max * 2) continue;
    let fresh = 0;
    for (const i of c.items) if (!covered.has(i)) fresh++;
    if (fresh / c.items.size < 0.5) continue;
    clusters.push({ seed: c.key, phrases: [{ key: c.key, surface }], items: new Set(c.items) });
    for (const i of c.items) covered.add(i);
  }

  const suggestions = clusters.map((cluster) => {
    const keyPhrases = cluster.phrases.map((p) => p.surface);
    const matched = matchIndexes(texts, keyPhrases, (i) => tokenized[i]);
    return { cluster, keyPhrases, matched };
  });
  return suggestions
    .filter((s) => s.matched.length >= minItems)
    .sort((a, b) => b.matched.length - a.matched.length || a.cluster.seed.localeCompare(b.cluster.seed))
    .slice(0, max)
    .map(({ cluster, keyPhrases, matched }) => ({
      key: cluster.seed,
      label: capitalize(keyPhrases[0]),
      keyPhrases,
      volume: matched.length,
      share: matched.length / n,
      itemIds: matched.map((i) => texts[i].id),
      examples: examplesFor(matched.map((i) => texts[i])),
    }));
}

// Short, distinct quotes first: they read best as the voice of a theme.
function examplesFor(items: ThemeText[]): { id: string; text: string }[] {
  const seen = new Set<string>();
  const out: { id: string; text: string }[] = [];
  const byLength = [...items].sort((a, b) => Math.abs(a.text.length - 140) - Math.abs(b.text.length - 140) || a.id.localeCompare(b.id));
  for (const item of byLength) {
    const norm = item.text.toLowerCase().replace(/\W+/g, " ").trim();
    if (seen.has(norm)) continue;
    seen.add(norm);
    out.push({ id: item.id, text: item.text.length > 280 ? `${item.text.slice(0, 277).trimEnd()}…` : item.text });
    if (out.length === 3) break;
  }
  return out;
}

function compile(keyPhrases: string[]): PhraseKey[] {
  return keyPhrases.map(phraseKey).filter((k): k is PhraseKey => k !== null);
}

// Indexes of the texts that contain any of the key phrases (stems in any order, stop words
// skipped, within one sentence).
function matchIndexes(texts: ThemeText[], keyPhrases: string[], tokensOf: (i: number) => Token[][]): number[] {
  const keys = compile(keyPhrases);
  const out: number[] = [];
  if (keys.length === 0) return out;
  texts.forEach((t, i) => {
    const lower = t.text.toLowerCase();
    // Most texts contain none of the words: they are not tokenized again. The same test runs for
    // suggestions and for tagging, so both find the same texts.
    const candidates = keys.filter((k) => k.prefixes.every((any) => any.some((p) => lower.includes(p))));
    if (candidates.length === 0) return;
    const have = matchableKeys(tokensOf(i));
    if (candidates.some((k) => have.has(k.key))) out.push(i);
  });
  return out;
}

// The ids of the texts matching any key phrase: the items tagged when a theme is accepted or
// created with key phrases.
export function matchItems(texts: ThemeText[], keyPhrases: string[]): string[] {
  return matchIndexes(texts, keyPhrases, (i) => tokenize(texts[i].text)).map((i) => texts[i].id);
}
