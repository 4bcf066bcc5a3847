import { describe, expect, it } from "vitest";
import { findSuggestionCue, isSuggestion } from "@/lib/feedback/suggestion";

const SUGGESTIONS = [
  "You should show the refund status in the order page so we don't have to contact support.",
  "You should test payment changes before Black Friday, not during it.",
  "Honestly you guys should have a status page that is actually updated.",
  "You should not charge a fee for refunds caused by your own bug.",
  "You should be more transparent about which cards were affected.",
  "Please add a phone number. Waiting for an email reply while my account is overdrawn is stressful.",
  "Please add a status page link to the order confirmation emails during incidents.",
  "Pls, bring back the old checkout until this one is stable",
  "Please make it clear how to claim the bank fees.",
  "It would be great if you sent an SMS when a refund is issued.",
  "It'd be nice to get a heads-up email before maintenance.",
  "Wouldn't it be better to pause payments during an outage?",
  "It would help a lot if the chatbot could say when a human will reply.",
  "Why not just refund everyone who was charged twice automatically?",
  "Why don't you publish the incident timeline?",
  "I suggest a dedicated hotline for people affected by the leak.",
  "I'd suggest putting the apology at the top of the app, not in a blog post.",
  "My suggestion: let us opt out of storing card details.",
  "Suggestion: two-factor login for everyone.",
  "Feature request — export my data before I close the account.",
  "Could you add Apple Pay as a fallback when card payments fail?",
  "Can you please offer a refund tracker in the app?",
  "Would you consider compensating people with store credit?",
  "I wish you would tell us what data was exposed, in plain words.",
  "I wish you'd stop sending promo emails while people are still waiting for refunds.",
  "I wish there was a way to lock my account myself.",
  "There should be a way to talk to a human within an hour.",
  "It should be possible to see whether my order was affected.",
  "I'd love to see a monthly report on what you changed.",
  "Have you considered a bug bounty programme?",
  "How about adding a banner when the checkout is degraded?",
  "I recommend that you hire an outside auditor for security.",
  "You could at least show a banner on the homepage during outages.",
  "The support team should call people back instead of closing tickets.",
  "YOU SHOULD ADD A KILL SWITCH FOR PAYMENTS",
  "You\u2019d better... no wait, I mean: please consider a status page.",
];

const NOT_SUGGESTIONS = [
  "You should be ashamed of yourselves.",
  "You should be ashamed. Charged three times and no reply.",
  "You should have told us before we saw it on the news.",
  "You should've tested this before Black Friday.",
  "You should have known better than to ship this on a Friday.",
  "You should not have ignored the warnings.",
  "Honestly you should go out of business after this.",
  "They should be fined for this data leak.",
  "You should know that I have been a customer for 12 years.",
  "You should see the reviews on Trustpilot right now.",
  "Please refund me today.",
  "Please let me know when my refund is processed.",
  "Please let us know what happened.",
  "Could you please send me the invoice again?",
  "Can you explain what happened to my data?",
  "Could you please refund my order 88213?",
  "Why not?",
  "Why don't you answer your emails?",
  "Why don't you care about your customers?",
  "I recommend this shop to everyone, they handled it well.",
  "I recommend you avoid this company.",
  "I wish I had never ordered from you.",
  "I wish you had told us sooner.",
  "I wish you'd told us sooner.",
  "I'm not suggesting you did this on purpose, but you should be embarrassed.",
  "Charged twice, refund took nine days.",
  "Is there a page where I can check whether my order was affected?",
  "Thank you for the quick refund and the honest email.",
  "Shame on you.",
  "",
];

describe("isSuggestion", () => {
  it.each(SUGGESTIONS)("suggestion: %s", (text) => {
    expect(isSuggestion(text)).toBe(true);
  });

  it.each(NOT_SUGGESTIONS)("not a suggestion: %s", (text) => {
    expect(isSuggestion(text)).toBe(false);
  });

  it("finds a real cue after a verdict in the same message", () => {
    expect(isSuggestion("You should be ashamed. You should also refund the bank fees.")).toBe(true);
  });
});

describe("findSuggestionCue", () => {
  it("returns the earliest cue, lowercased", () => {
    expect(findSuggestionCue("Great apology. Please ADD a refund tracker, and you should text us.")).toBe("please add");
    expect(findSuggestionCue("It would be great if refunds were instant")).toBe("it would be great if");
  });

  it("tolerates curly apostrophes and extra spaces", () => {
    expect(findSuggestionCue("I\u2019d   love to see an incident timeline")).toBe("i'd love to see");
  });

  it("null when there is none", () => {
    expect(findSuggestionCue("No reply for six hours.")).toBeNull();
  });
});
