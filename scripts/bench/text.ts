// Feedback text for the benchmark dataset: templates and word lists for what customers write after
// an incident (outages, double charges, slow refunds, a data leak, support, praise, questions,
// suggestions), combined at random so the full-text index sees a realistic vocabulary rather than
// one sentence repeated. The topic decides the sentiment label and the suggestion flag, the way
// the product would label them; scoring 100,000 texts with the real scorer is what the import
// measurement times, not the dataset.
import type { Rng } from "./random";

export type Topic = "outage" | "doubleCharge" | "refund" | "leak" | "support" | "praise" | "question" | "suggestion";

export const TOPIC_WEIGHTS: [Topic, number][] = [
  ["outage", 18], ["doubleCharge", 20], ["refund", 16], ["leak", 8], ["support", 12], ["praise", 10], ["question", 10], ["suggestion", 6],
];

const DURATION = ["two hours", "most of the afternoon", "the whole morning", "45 minutes", "three days", "an entire weekend", "six hours", "over a day"];
const TASK = ["pay my rent", "check out", "log in", "see my orders", "book a delivery", "renew my plan", "download my invoices", "reach my account", "finish my order", "access my files"];
const AMOUNT = ["€12.99", "$49", "£120", "€89.50", "$15.99", "€240", "$7.49", "£35", "€1,200", "$310"];
const WAIT = ["ten days", "two weeks", "a month", "nine days", "three weeks", "since Monday", "since the 3rd", "over a week"];
const DATA = ["my home address", "my phone number", "the last four digits of my card", "my order history", "my email address", "my date of birth", "my invoices"];
const FEELING = ["Unacceptable.", "Ridiculous.", "I am furious.", "Very disappointed.", "This is not okay.", "I expected better.", "Seriously?", "Fix it.", "I'm done.", "Shameful."];
const CLOSER = [
  "Nobody answers my emails.", "Your chatbot is useless.", "I have been a customer for six years.", "My bank charged me an overdraft fee because of this.",
  "I will cancel if this is not fixed.", "Please call me back.", "This is the second time this year.", "I told all my friends.", "",
  "I need this sorted before the weekend.", "Your status page said everything was fine.", "I am a small business and this cost me sales.",
];
const PRAISE = [
  "Thank you for the quick refund, it arrived today.", "The support agent Maria was kind and fixed everything in one call.",
  "I appreciate the honest apology email, that is rare.", "Great to see the incident report published, that builds trust.",
  "Refund received within two days, well handled.", "You owned the mistake and fixed it. I'm staying.",
  "The new status page is clear, thanks for listening.", "Impressed by how fast you answered on Twitter.",
  "Your team went above and beyond after the outage.", "The credit on my account was a nice gesture, thank you.",
];
const QUESTION = [
  "Will I get a refund for the second charge automatically?", "How do I know if my data was part of the leak?",
  "Is the service back to normal now?", "Do I need to change my password?", "When will the bank fees be reimbursed?",
  "Where can I read the incident report?", "Can I get an invoice for the refund?", "Who do I contact about a missing refund?",
  "Does the outage affect scheduled payments?", "Should I cancel my card?",
];
const FEATURE = [
  "send a text message when a refund is processed", "show refund status in the app", "add two-factor authentication",
  "let me pause my subscription", "publish a status page with history", "offer a phone line for urgent billing problems",
  "confirm every charge by email", "let me download all my data", "notify customers before maintenance", "add a live chat for billing",
];
const SUGGEST_OPENER = ["It would be great if you could", "Please consider a way to", "Suggestion: you should", "Could you", "I wish you would", "Idea: why not"];
const SUPPORT = [
  "I waited {d} on hold and then the call dropped.", "Support closed my ticket without an answer.", "Three different agents told me three different things.",
  "The support chat has been 'connecting' for {d}.", "Your email said someone would call within 24 hours. Nobody did.", "I was transferred five times.",
];

const FIRST = ["Maria", "James", "Aisha", "Lukas", "Chen", "Sofia", "Omar", "Emma", "Ravi", "Ines", "Tom", "Yuki", "Fatima", "Noah", "Olga", "Pedro", "Grace", "Kwame", "Lena", "Marco"];
const LAST = ["Keller", "Okafor", "Smith", "Nguyen", "García", "Novak", "Haddad", "Brown", "Kowalski", "Silva", "Jensen", "Rossi", "Tanaka", "Dubois", "Patel", "Meyer"];

const fill = (r: Rng, template: string) => template.replace("{d}", r.pick(DURATION));

function core(r: Rng, topic: Topic): string {
  switch (topic) {
    case "outage":
      return r.pick([
        `Your site was down for ${r.pick(DURATION)} and I couldn't ${r.pick(TASK)}.`,
        `Outage again. I could not ${r.pick(TASK)} for ${r.pick(DURATION)}.`,
        `The app kept crashing during the outage and I lost my cart.`,
        `Checkout was broken for ${r.pick(DURATION)}, error 503 every time I tried to ${r.pick(TASK)}.`,
      ]);
    case "doubleCharge":
      return r.pick([
        `You charged me twice, ${r.pick(AMOUNT)} two times for one order.`,
        `Double charged ${r.pick(AMOUNT)} on my card and my account went negative.`,
        `I see three identical charges of ${r.pick(AMOUNT)} on my statement.`,
        `Charged twice for the same subscription. Where is my money?`,
      ]);
    case "refund":
      return r.pick([
        `Still waiting for my refund of ${r.pick(AMOUNT)} after ${r.pick(WAIT)}.`,
        `The refund status says pending ${r.pick(WAIT)}.`,
        `You refunded the first charge but not the second one, ${r.pick(AMOUNT)} still missing.`,
        `Refund promised in three days, it has been ${r.pick(WAIT)}.`,
      ]);
    case "leak":
      return r.pick([
        `I got an email saying ${r.pick(DATA)} was exposed in the breach.`,
        `Someone used ${r.pick(DATA)} from your data leak to phish me.`,
        `Why did it take you ${r.pick(WAIT)} to tell us about the leak of ${r.pick(DATA)}?`,
        `My password was reset by someone else after the security incident.`,
      ]);
    case "support":
      return fill(r, r.pick(SUPPORT));
    case "praise":
      return r.pick(PRAISE);
    case "question":
      return r.pick(QUESTION);
    case "suggestion":
      return `${r.pick(SUGGEST_OPENER)} ${r.pick(FEATURE)}.`;
  }
}

export function feedbackText(r: Rng, topic: Topic, serial: number): string {
  const negative = topic !== "praise" && topic !== "question" && topic !== "suggestion";
  const parts = [core(r, topic)];
  if (negative) {
    if (r.chance(0.6)) parts.push(r.pick(FEELING));
    if (r.chance(0.7)) parts.push(r.pick(CLOSER));
    if (r.chance(0.25)) parts.push(core(r, r.pick(["outage", "doubleCharge", "refund", "support"] as const)));
  } else if (r.chance(0.3)) parts.push(r.pick(PRAISE));
  // A ticket or order number, as customers often quote: it keeps texts distinct, like real ones.
  if (r.chance(0.5)) parts.push(`Order #${100000 + serial}.`);
  return parts.filter(Boolean).join(" ");
}

export function sentimentOf(r: Rng, topic: Topic): { label: "NEGATIVE" | "NEUTRAL" | "POSITIVE"; score: number } {
  if (topic === "praise") return r.chance(0.9) ? { label: "POSITIVE", score: 0.2 + r.next() * 0.6 } : { label: "NEUTRAL", score: 0 };
  if (topic === "question" || topic === "suggestion") return r.chance(0.8) ? { label: "NEUTRAL", score: 0 } : { label: "NEGATIVE", score: -0.1 - r.next() * 0.2 };
  return r.chance(0.88) ? { label: "NEGATIVE", score: -0.1 - r.next() * 0.8 } : { label: "NEUTRAL", score: 0 };
}

export function personName(r: Rng): string {
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}

export function handle(r: Rng): string {
  return `@${r.pick(FIRST).toLowerCase()}_${r.pick(LAST).toLowerCase().replace(/[^a-z]/g, "")}${r.int(1, 999)}`;
}

const REPLY = [
  "I'm sorry, {name}. That should not have happened. I've checked your account and",
  "Thank you for telling us, {name}, and I'm sorry for the trouble.",
  "You're right to be upset, {name}. We got this wrong.",
  "Thanks, {name}, we really appreciate it.",
];
const REPLY_ACTION = [
  "the duplicate charge has been refunded today; it can take 3 to 5 days to show.",
  "I've escalated your refund and will write again by Friday.",
  "your data was not in the affected set; we'll still cover a credit check if you want one.",
  "a person from our billing team will call you within four hours.",
  "we've published the full incident report on our transparency page.",
  "we've added your suggestion to our list and will tell you when it ships.",
];

export function replyText(r: Rng, name: string): string {
  return `${r.pick(REPLY).replace("{name}", name.split(" ")[0])} ${r.pick(REPLY_ACTION)}`;
}

// Theme names per topic; the 200 themes are these crossed with aspects, per campaign.
export const THEME_BASES: Record<Topic, string[]> = {
  outage: ["Checkout outage", "App crashes", "Login failures", "Status page accuracy", "Slow pages"],
  doubleCharge: ["Double charges", "Triple charges", "Overdraft fees", "Card declines"],
  refund: ["Slow refunds", "Partial refunds", "Refund status unclear", "Bank fees reimbursement"],
  leak: ["Exposed addresses", "Phishing after the leak", "Password resets", "Late breach notice"],
  support: ["Hold times", "Tickets closed unanswered", "Inconsistent answers", "Chatbot"],
  praise: ["Praise for support", "Praise for refunds", "Trust in transparency"],
  question: ["Refund questions", "Data questions", "Service status questions"],
  suggestion: ["Feature requests", "Notification requests", "Security requests"],
};
export const THEME_ASPECTS = ["", "— mobile", "— web", "— business customers", "— EU", "— US", "— long-time customers", "— new customers", "— social media", "— email"];

export const COMMITMENT_TITLES = [
  "Refund every duplicate charge", "Reimburse bank fees caused by the double charges", "Publish the incident review with its timeline",
  "Idempotency keys on every card authorisation", "Staged rollouts with automatic rollback for payments", "Answer every complaint within four hours",
  "Notify affected customers of the data exposure", "Offer free credit monitoring for a year", "Rotate every exposed credential",
  "Independent security audit of the customer database", "A phone line for urgent billing problems", "Show refund status in the app",
  "Monthly transparency report", "Train every support agent on the incident", "Status page with history and subscriptions",
];
export const TRUST_ELEMENTS = ["COMPETENCE", "MOTIVE", "MEANS", "IMPACT"] as const;

export const APOLOGY =
  "We are sorry. On the morning of the outage we charged thousands of you twice for your orders because of a bug we shipped in our payment service, and our checkout was down for more than two hours. That was our mistake. It took money from your accounts that you needed, and some of you paid overdraft fees because of it. We have refunded every duplicate charge and we are covering any bank fees. We added a check that stops a second charge for the same order, and every change to payments now rolls out in stages with an automatic rollback, so this cannot happen again. If anything is still wrong, reply to this email or write to care@example.com and a person will answer within four hours.";
