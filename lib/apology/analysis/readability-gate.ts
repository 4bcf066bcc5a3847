// retext-readability looks every word up in two word lists (Dale–Chall, Spache) stored as
// arrays, which makes it the slowest check by far. Most apology sentences are short and plain,
// and for those the outcome is already known from two numbers we have for free, so this gate
// lets the plugin skip them. It only ever skips a sentence the plugin could not flag, so the
// findings are exactly the plugin's (tests/unit/apology/readability-gate.test.ts checks that).
//
// The plugin flags a sentence when at least 4 of its 7 formulas put it above the target age
// (grade + 5 > 16, i.e. grade ≥ 11.5). For one sentence of W words and L letters:
//   - Automated Readability Index and Coleman–Liau need only W and L: computed here.
//   - Dale–Chall, Flesch and Gunning fog need the word lists or syllables: assumed to vote yes.
//   - Spache is at most 0.659 + 0.121·W + 8.2, so it cannot vote yes below about 22 words.
//   - SMOG is at most 3.13 + 1.043·√(30·W), so it cannot vote yes below about 980 words.
// If even those assumptions cannot reach 4 votes, the sentence is not hard to read.
import { READABILITY_AGE, READABILITY_MIN_WORDS } from "./library-checks";

const VOTES_NEEDED = 4; // the plugin's default threshold, 4/7
// ARI and Coleman–Liau votes are counted from half a grade early, so floating-point rounding
// can never make the gate skip a sentence the plugin would flag.
const MARGIN = 0.5;

/** The plugin's vote: a formula's grade, as an age, above the target age. */
const votesYes = (grade: number) => Math.round(grade + 5) > READABILITY_AGE;

/** False only when retext-readability cannot flag a sentence of `words` words with `letters` letters. */
export function mayBeHardToRead(words: number, letters: number): boolean {
  if (words < READABILITY_MIN_WORDS || words === 0) return false;
  const automatedReadability = 4.71 * (letters / words) + 0.5 * words - 21.43;
  const colemanLiau = 0.0588 * ((letters / words) * 100) - 0.296 * ((1 / words) * 100) - 15.8;
  const spacheAtMost = 0.659 + 0.121 * words + 0.082 * 100; // every word unfamiliar
  const smogAtMost = 3.1291 + 1.043 * Math.sqrt(30 * words); // every word polysyllabic
  let votes = 3; // Dale–Chall, Flesch, Gunning fog: could be anything
  if (votesYes(spacheAtMost)) votes++;
  if (Math.ceil(Math.sqrt(smogAtMost) + 2.5) > READABILITY_AGE) votes++;
  if (votesYes(automatedReadability + MARGIN)) votes++;
  if (votesYes(colemanLiau + MARGIN)) votes++;
  return votes >= VOTES_NEEDED;
}
