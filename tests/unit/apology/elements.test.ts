import { describe, expect, it } from "vitest";
import { checkContact } from "@/lib/apology/analysis/elements/contact";
import { checkExplicitApology } from "@/lib/apology/analysis/elements/explicit-apology";
import { checkFix } from "@/lib/apology/analysis/elements/fix";
import { checkImpact } from "@/lib/apology/analysis/elements/impact";
import { checkOwnership } from "@/lib/apology/analysis/elements/ownership";
import { checkPrevention } from "@/lib/apology/analysis/elements/prevention";
import { checkSpecifics } from "@/lib/apology/analysis/elements/specifics";
import { DOUBLE_CHARGE, element } from "./helpers";

describe("explicit apology", () => {
  it.each([
    ["We are sorry.", "We are sorry"],
    ["We're deeply sorry for charging you twice.", "We're deeply sorry"],
    ["I sincerely apologize.", "I sincerely apologize"],
    ["Please accept our sincere apologies.", "our sincere apologies"],
    ["Sorry, we messed up. Refunds are on the way.", "Sorry"],
  ])("finds it in %j", (text, expected) => {
    expect(element(checkExplicitApology, text)).toMatchObject({ present: true, text: expected });
  });

  it.each([
    "We regret any inconvenience.",
    "We're sorry you feel that way.",
    "We are not sorry about the new prices.",
    "Mistakes were made.",
  ])("does not count %j", (text) => {
    expect(element(checkExplicitApology, text)).toMatchObject({ present: false, span: null });
  });

  it("explains that “we regret” is not an apology", () => {
    expect(element(checkExplicitApology, "We regret the error.").why).toMatch(/We regret/);
  });
});

describe("specifics", () => {
  it("matches the campaign's description by stems: “charged twice” ~ “double charges”", () => {
    const text = "We are sorry. On 12 March our checkout charged you twice for the same order.";
    const result = element(checkSpecifics, text, DOUBLE_CHARGE);
    expect(result).toMatchObject({ present: true, text: "On 12 March our checkout charged you twice for the same order." });
    expect(result.why).toMatch(/charged/);
  });

  it("finds a short social post's specifics against a short title", () => {
    const result = element(checkSpecifics, "Sorry! We double-charged some of you. Fixed now.", { title: "Double charges" });
    expect(result.present).toBe(true);
  });

  it.each([
    "We are sorry for the recent issue and any inconvenience.",
    "We apologize to our customers. We value your trust.",
    "Sorry about that, everyone!",
  ])("does not count vague %j", (text) => {
    expect(element(checkSpecifics, text, DOUBLE_CHARGE).present).toBe(false);
  });

  it("without a campaign description, accepts a sentence with concrete details", () => {
    expect(element(checkSpecifics, "On 3 May we charged 1,240 of you twice.").present).toBe(true);
    expect(element(checkSpecifics, "We are sorry for what happened.").present).toBe(false);
  });
});

describe("ownership", () => {
  it.each([
    ["This was our mistake.", "our mistake"],
    ["We made a change that charged you twice.", "We made a change"],
    ["I take full responsibility.", "I take full responsibility"],
    ["We charged 18,400 of you twice.", "We charged"],
    ["we messed up, sorry!", "we messed up"],
    ["The fault is ours.", "The fault is ours"],
  ])("finds it in %j", (text, expected) => {
    expect(element(checkOwnership, text)).toMatchObject({ present: true, text: expected });
  });

  it.each([
    "Mistakes were made.",
    "This was not our fault.",
    "You were charged twice.",
    "It was never our intention to upset anyone.",
  ])("does not count %j", (text) => {
    expect(element(checkOwnership, text).present).toBe(false);
  });
});

describe("impact", () => {
  it.each([
    ["Some of you paid overdraft fees because of us.", "you paid overdraft fees"],
    ["You could not log in for three hours.", "You could not"],
    ["Many of you were left worried about your savings.", "you were left worried"],
  ])("finds it in %j", (text, expected) => {
    expect(element(checkImpact, text)).toMatchObject({ present: true, text: expected });
  });

  it("accepts the campaign's audience in place of “you”", () => {
    const result = element(checkImpact, "Subscribers were charged twice in March.", { audience: "Subscribers billed in March" });
    expect(result).toMatchObject({ present: true, text: "Subscribers were charged" });
  });

  it.each(["We regret any inconvenience.", "Thank you for your patience.", "We are sorry. Reply to this email with questions."])(
    "does not count %j",
    (text) => {
      expect(element(checkImpact, text).present).toBe(false);
    },
  );
});

describe("fix", () => {
  it.each([
    ["We have refunded every duplicate charge.", "We have refunded"],
    ["Service is restored.", "restored"],
    ["We'll cover any bank fees you paid.", "We'll cover any bank fees"],
    ["Fixed now 👍", "Fixed"],
  ])("finds it in %j", (text, expected) => {
    expect(element(checkFix, text)).toMatchObject({ present: true, text: expected });
  });

  it.each(["We will not refund the fees.", "We are sorry for the double charge.", "We're looking into it."])("does not count %j", (text) => {
    expect(element(checkFix, text).present).toBe(false);
  });
});

describe("prevention", () => {
  it.each([
    ["We have added a check so this never happens again.", "We have added"],
    ["So this never happens again, every change gets a second review.", "So this never happens again"],
    ["We changed our release process.", "We changed"],
    ["We are adding new alerts.", "We are adding"],
    ["To prevent a repeat, payments now need two approvals.", "To prevent a repeat"],
  ])("finds it in %j", (text, expected) => {
    expect(element(checkPrevention, text)).toMatchObject({ present: true, text: expected });
  });

  it.each(["We are sorry.", "We will not change the prices.", "We hope for your understanding."])("does not count %j", (text) => {
    expect(element(checkPrevention, text).present).toBe(false);
  });
});

describe("contact", () => {
  it.each([
    ["Write to help@example.com.", "help@example.com"],
    ["Call 0800 123 4567 any time.", "0800 123 4567"],
    ["Details at https://example.com/status.", "https://example.com/status"],
    ["Reply to this email with any questions.", "Reply to this email"],
    ["Questions? DM us.", "DM us"],
  ])("finds it in %j", (text, expected) => {
    expect(element(checkContact, text)).toMatchObject({ present: true, text: expected });
  });

  it.each(["We are sorry. It will not happen again.", "We charged 1,240 of you twice on 3 May."])("does not count %j", (text) => {
    expect(element(checkContact, text).present).toBe(false);
  });
});
