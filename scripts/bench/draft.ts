// A 2,000-word apology draft for the analysis measurement: the sincere apology, then paragraphs
// built from sentences a real long statement contains (what happened, the effect, the fixes, some
// hedging and passive evasions for the detectors to find), each varied so no two sentences are
// the same text and the analyzer's sentence cache could not help even if it were kept.
import { APOLOGY } from "./text";

const SENTENCES = [
  "On {day} at {time} our payment service began charging some customers twice for the same order.",
  "We know that {n} of you saw a second charge on your statement, and some of you paid bank fees because of it.",
  "Mistakes were made in how the change was tested before it reached production.",
  "We have refunded {n} duplicate charges so far and we will finish the rest by {day}.",
  "If anyone was inconvenienced by the delay, we are sorry for any confusion this may have caused.",
  "Our engineers added a check that refuses a second charge for the same order number.",
  "A third-party vendor was partly responsible for the retry logic, but the decision to ship it was ours.",
  "Every change to payments now rolls out to one percent of customers first, with an automatic rollback.",
  "You can reach a person on our billing team at care@example.com, and we will answer within four hours.",
  "We will publish a report on {day} that explains the timeline minute by minute.",
  "Only a small number of accounts, about {n}, were charged three times.",
  "We are committed to leveraging best-in-class synergies to optimize the payment experience going forward.",
  "It was never our intention to cause distress to our valued customers and shareholders.",
  "Team {n} will review every refund by hand until the backlog is cleared.",
  "We apologize to the {n} customers whose rent or bills bounced because of our error.",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "March 3", "March 10", "the 14th"];

export function longDraft(words = 2000): string {
  const parts = [APOLOGY];
  let count = APOLOGY.split(/\s+/).length;
  for (let i = 0; count < words; i++) {
    const s = SENTENCES[i % SENTENCES.length]
      .replace("{day}", DAYS[i % DAYS.length])
      .replace("{time}", `${(i % 12) + 1}:${String((i * 7) % 60).padStart(2, "0")}`)
      .replace("{n}", String(100 + i * 37));
    parts.push((i % 6 === 0 ? "\n\n" : "") + s);
    count += s.split(/\s+/).length;
  }
  return parts.join(" ");
}
