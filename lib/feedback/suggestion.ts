// Flags feedback that proposes something the company could do ("please add a refund tracker"), so
// the Listen step can collect feasible suggestions. Wording cues, not a model: the flag is shown to
// a person who can untick it, and the cue found ("you should…") explains why it was set.
//
// Not suggestions, though they use the same words: verdicts ("you should be ashamed"), regrets
// about the past ("you should have told us"), demands about one's own case ("could you send me my
// refund", "please let me know"), and advice to other customers ("I recommend you avoid them").

// Verbs that propose a change to the product, the process or how the company communicates.
const CHANGE_VERBS =
  "add|make|offer|provide|allow|let|include|introduce|bring back|consider|implement|support|enable|" +
  "show|display|publish|post|send|notify|give|create|build|set up|start|stop|switch|change|improve|" +
  "hire|train|test|keep|put|list|share|extend|reduce|speed up|simplify|automate|waive|reimburse|" +
  "refund everyone|be (?:more|less|clearer|upfront)|look into|think about";

// After "you should": verdicts and remarks, not proposals.
const NOT_PROPOSALS =
  "be (?:ashamed|embarrassed|sued|fined|fired|jailed|prosecuted|punished|held accountable|investigated|shut down|" +
  "banned|boycotted|sorry|allowed)|go (?:bankrupt|out of business|to hell|under)|know|see|hear|expect|" +
  "feel (?:bad|ashamed)|apologi[sz]e (?:to me|again)|resign|quit";

// "should have told us" is a regret about what already happened; "should have a status page" is not.
const PAST_PARTICIPLE = String.raw`(?:\w+ed|been|known|told|done|thought|said|seen|had|given|sent|made|let|taken|spent|kept|caught|written)`;

const PATTERNS: RegExp[] = [
  new RegExp(
    String.raw`\b(?:you(?: guys| all| people)?|y'all|they|[a-z]+ team) (?:really |definitely |seriously |honestly |just |probably )?` +
      String.raw`(?:should|ought to) (?!(?:not |never )?have ${PAST_PARTICIPLE}\b)(?!(?:not |never )?(?:${NOT_PROPOSALS})\b)\w`,
  ),
  new RegExp(String.raw`\b(?:please|pls|plz),? (?:(?:just|also|at least|kindly) )?(?:${CHANGE_VERBS})\b(?! (?:me|my|us|our)\b)`),
  new RegExp(
    String.raw`\b(?:could|can|would) you (?:please |pls |guys |maybe |also |at least |kindly )*(?:${CHANGE_VERBS})\b(?! (?:me|my|us|our)\b)`,
  ),
  new RegExp(String.raw`\byou could (?:just |also |at least |easily )?(?:${CHANGE_VERBS})\b(?! (?:me|my)\b)`),
  /\b(?:it )?(?:would|'d|will) be (?:really |so |very )?(?:great|nice|good|helpful|useful|better|awesome|ideal|wonderful|lovely|smart|fair) (?:if|to)\b/,
  /\bwould(?:n't| not) it be (?:great|nice|good|better|easier|simpler|fairer) (?:if|to)\b/,
  /\bit would help (?:a lot |a great deal )?(?:if|to)\b/,
  /\bwhy (?:not|don't you|do you not)(?: just)? (?!me\b|us\b|i\b|answer|reply|respond|care|understand|fix|get|pick up|call)[a-z]+/,
  /\bi(?:'d| would)? (?:strongly )?(?:suggest|propose)\b/,
  /\b(?:my|a|one|small|quick) (?:suggestion|proposal)\b/,
  /\bsuggestion:/,
  /\bfeature request\b/,
  /\bi(?:'d| would)? recommend (?:that )?(?:you|the company|your team|they)\b(?! (?:avoid|stay|don't|do not|never|look|go|shop|run|find|check)\b)/,
  /\bi wish (?:you(?: guys)?|they|the company)(?: would| could| offered| let| had an?\b| had the option|'d(?! \w+ed\b| told\b| been\b| said\b| known\b| done\b))/,
  /\bi wish there (?:was|were|is)\b/,
  /\bthere (?:should|needs to|ought to) be\b/,
  /\bit should be (?:possible|easier|easy|clearer|simpler)\b/,
  /\b(?:i'd|i would|we'd|we would) (?:love|like) (?:to see|it if|for you to|an? option)\b/,
  /\bhave you (?:considered|thought about)\b/,
  /\bhow about (?:adding|offering|an?|making|letting|giving|sending|showing)\b/,
];

// Disclaimers that take the cue back.
const REVERSALS = [/\bi(?:'m| am) not (?:suggesting|saying)\b/];

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\b(should|could|would)'ve\b/g, "$1 have")
    .replace(/\s+/g, " ");
}

// The wording cue that made the text a suggestion, lowercased as matched; null when none.
export function findSuggestionCue(text: string): string | null {
  const t = normalize(text);
  if (REVERSALS.some((r) => r.test(t))) return null;
  let best: RegExpExecArray | null = null;
  for (const pattern of PATTERNS) {
    const m = pattern.exec(t);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best ? best[0] : null;
}

export function isSuggestion(text: string): boolean {
  return findSuggestionCue(text) !== null;
}
