// Content-word stems, to compare a draft with the campaign's own description of what happened
// ("charged twice" ~ "double charges"). Deliberately small and predictable: a suffix-stripping
// stemmer, a stop list, and a few synonyms that incident write-ups use interchangeably.

const STOP_WORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by can could " +
    "did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself " +
    "just me more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the their " +
    "theirs them then there these they this those through to too under until up very was we were what when where which while who whom why " +
    "will with would you your yours us may might must shall get got let per via"
  ).split(" "),
);

// Words every apology uses, whatever happened: sharing them says nothing specific.
const GENERIC = new Set(
  (
    "sorry apologize apologise apology apologies regret customer customers user users client clients people person everyone anyone " +
    "issue issues problem problems incident incidents mistake mistakes error errors situation thing things happen happened happening " +
    "today yesterday recently recent week weeks month months day days time company team service services experience affected impact " +
    "impacted caused cause inconvenience trust sincerely deeply truly really please thank thanks " +
    "refund refunds refunded fix fixed fixing restored resolved"
  ).split(" "),
);

// Whole words incident write-ups use interchangeably, mapped to one stem.
const SYNONYMS: Record<string, string> = {
  twice: "doubl",
  two: "doubl",
  doubled: "doubl",
  duplicate: "doubl",
  duplicated: "doubl",
  duplicates: "doubl",
  overcharge: "charg",
  overcharged: "charg",
  overcharges: "charg",
  overcharging: "charg",
  downtime: "outag",
  offline: "outag",
  unavailable: "outag",
  leak: "expos",
  leaked: "expos",
  leaks: "expos",
  breach: "expos",
  breached: "expos",
  late: "delai",
};

const SUFFIXES = ["ations", "ation", "ments", "ment", "ness", "ably", "ingly", "ing", "edly", "ed", "ly", "able", "ure"];

/** A rough stem: "charged", "charges", "charging" → "charg"; "delays" → "delai". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "").replace(/[^a-z0-9]/g, "");
  const synonym = SYNONYMS[w];
  if (synonym) return synonym;
  if (w.length <= 3 || /^\d+$/.test(w)) return w;
  w = w.replace(/is(e|ed|es|ing|ation|ations)$/, "iz$1"); // authorise ~ authorize
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("y") && w.length > 3) w = w.slice(0, -1) + "i";
  return w;
}

export function isContentWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (lower.length < 2 || STOP_WORDS.has(lower) || GENERIC.has(lower)) return false;
  return /[a-z0-9]/.test(lower);
}

/** The distinct stems of a text's content words. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    for (const part of word.split("-")) if (isContentWord(part)) out.add(stem(part));
  }
  return out;
}
