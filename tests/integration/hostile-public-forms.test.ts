// Hand-written hostile cases for the public forms (no sign-in): the campaign's feedback form, the
// story-request link, the personal consent link and the withdrawal link — called the way their
// 'use server' wrappers call them. Every payload of HOSTILE_TEXTS is sent as customer text and must
// be stored as that same text (only lone surrogates and NUL become U+FFFD), then come back escaped:
// in the embeddable story wall, and as text (not a formula) in the CSV export. Refusals write nothing.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { exportFeedbackCsv } from "@/lib/feedback/export";
import { neutralizeCell } from "@/lib/feedback/csv-safety";
import { PUBLIC_TEXT_MAX } from "@/lib/feedback/public-form-fields";
import { submitPublicFeedbackFrom } from "@/lib/feedback/public-form";
import { wellFormedText } from "@/lib/shared/well-formed";
import { escapeHtml } from "@/lib/stories/embed-html";
import { publishStory } from "@/lib/stories/mutations";
import { decideConsentFrom, submitStoryFrom, withdrawConsentFrom } from "@/lib/stories/public-mutations";
import { GET as embed } from "@/app/embed/[org]/[campaign]/stories/route";
import { createCampaign, createMember, uid } from "@/tests/factories";
import { createRequestLink, createStory } from "@/tests/factories/stories";
import { HOSTILE_TEXTS, POLLUTION, prototypeIsClean, withOwnKey } from "@/tests/support/hostile";
import { rowCounts } from "@/tests/support/row-counts";

// As the wrapper and the schema leave it: well-formed, trimmed; in the message, line breaks as LF
// (a textarea posts CRLF, counted as one character by the browser's maxlength and by the schema).
const stored = (text: string) => wellFormedText(text).trim();
const storedMessage = (text: string) => stored(text.replace(/\r\n?/g, "\n"));
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${uid()}`;
const CASES = HOSTILE_TEXTS.map((payload, i) => [i, payload] as const);

async function publicCampaign() {
  const comms = await createMember("COMMS");
  const campaign = await createCampaign(comms, { publicPage: true });
  return { comms, campaign, orgSlug: comms.organizationSlug };
}

const specialChars = /[<>&"']/;

describe("public feedback form", () => {
  it.each(CASES)("case %i is stored as the same text and exported as text, not a formula", async (i, payload) => {
    const { comms, campaign, orgSlug } = await publicCampaign();
    const text = `${payload} (complaint ${i}: charged twice)`;
    const name = payload.slice(0, 120);
    const state = await submitPublicFeedbackFrom({ orgSlug, campaignSlug: campaign.slug, text, name, contact: "@pat", website: "" }, address());
    expect(state, state.message).toMatchObject({ ok: true });
    const item = await db.feedbackItem.findFirstOrThrow({ where: { campaignId: campaign.id } });
    expect(item.text).toBe(storedMessage(text));
    expect(item.authorName).toBe(stored(name) || null);
    expect(item.channel).toBe("PUBLIC_FORM");

    let csv = "";
    await exportFeedbackCsv({ organizationId: comms.organizationId, campaignId: campaign.id }, (chunk) => { csv += chunk; });
    const rows = parse(csv, { relax_column_count: false }) as string[][];
    expect(rows).toHaveLength(2);
    const cell = rows[1][rows[0].indexOf("text")];
    // A spreadsheet shows the text; one that begins like a formula carries the apostrophe that says so.
    expect(cell).toBe(neutralizeCell(item.text));
    if (/^[=+\-@\t\r＝＋－＠]/.test(item.text)) expect(cell.startsWith("'")).toBe(true);
    else expect(cell).toBe(item.text);
  });

  const refusals: [string, (slugs: { orgSlug: string; campaignSlug: string }) => Record<string, unknown>, RegExp][] = [
    ["a text one character too long", (s) => ({ ...s, text: "x".repeat(PUBLIC_TEXT_MAX + 1) }), /at most 5000 characters/],
    ["a body of 2 MB", (s) => ({ ...s, text: "<script>".repeat(262_144) }), /at most 5000 characters/],
    ["a text of spaces", (s) => ({ ...s, text: " ".repeat(400) }), /needs at least 10 characters|is required/],
    ["a text that is an object", (s) => ({ ...s, text: { toString: () => "charged twice, no answer" } }), /Please correct/],
    ["a text that is an array", (s) => ({ ...s, text: ["charged twice", "no answer at all"] }), /Please correct/],
    ["a contact with markup", (s) => ({ ...s, text: "Charged twice and no answer.", contact: "<script>@evil.test" }), /Please correct/],
    ["a contact with spaces", (s) => ({ ...s, text: "Charged twice and no answer.", contact: "pat @ example . test" }), /Please correct/],
    ["a name of 121 characters", (s) => ({ ...s, text: "Charged twice and no answer.", name: "n".repeat(121) }), /Please correct/],
    ["a campaign slug with markup", (s) => ({ ...s, campaignSlug: "<script>alert(1)</script>", text: "Charged twice and no answer." }), /not taking feedback|Please correct/],
    ["another organization's slug", (s) => ({ ...s, orgSlug: `org-${uid()}`, text: "Charged twice and no answer." }), /not taking feedback/],
  ];

  it.each(refusals)("refuses %s, nothing written", async (_name, build, message) => {
    const { comms, campaign, orgSlug } = await publicCampaign();
    const before = await rowCounts(comms.organizationId);
    const state = await submitPublicFeedbackFrom(build({ orgSlug, campaignSlug: campaign.slug }), address());
    expect(state).toMatchObject({ ok: false, status: expect.any(Number) });
    expect(state.status).not.toBe(500);
    expect(`${state.message} ${JSON.stringify(state.fieldErrors ?? {})}`).toMatch(message);
    expect(await rowCounts(comms.organizationId)).toBe(before);
  });

  it("keeps __proto__ and constructor keys as plain fields: stored once, no prototype touched", async () => {
    const { campaign, orgSlug } = await publicCampaign();
    let raw: Record<string, unknown> = { orgSlug, campaignSlug: campaign.slug, text: "Charged twice, and support never answered.", website: "" };
    raw = withOwnKey(raw, "__proto__", POLLUTION);
    raw = withOwnKey(raw, "constructor", { prototype: POLLUTION });
    const state = await submitPublicFeedbackFrom(raw, address());
    expect(state.ok, state.message).toBe(true);
    expect(prototypeIsClean()).toBe(true);
    expect(await db.feedbackItem.count({ where: { campaignId: campaign.id } })).toBe(1);
  });

  it("tells a bot that filled the hidden field it worked, and stores nothing", async () => {
    const { comms, campaign, orgSlug } = await publicCampaign();
    const before = await rowCounts(comms.organizationId);
    const state = await submitPublicFeedbackFrom({ orgSlug, campaignSlug: campaign.slug, text: "<a href=//spam.test>cheap pills</a>", website: "https://spam.test" }, address());
    expect(state.ok).toBe(true);
    expect(await rowCounts(comms.organizationId)).toBe(before);
  });
});

describe("story-request link", () => {
  it.each(CASES)("case %i is stored as told and shown escaped on the embedded wall", async (i, payload) => {
    const { comms, campaign, orgSlug } = await publicCampaign();
    const { token } = await createRequestLink(campaign, comms.userId);
    const quote = `${payload} (story ${i}: they refunded me the same day)`;
    const name = payload.slice(0, 120);
    const state = await submitStoryFrom({ token, quote, authorName: name, authorTitle: payload.slice(0, 120), consent: "on", website: "" }, address());
    expect(state, state.message).toMatchObject({ ok: true });
    const story = await db.customerStory.findFirstOrThrow({ where: { campaignId: campaign.id } });
    expect(story).toMatchObject({ quote: stored(quote), authorName: stored(name), authorTitle: stored(payload.slice(0, 120)), consentStatus: "GRANTED" });

    expect((await executeAction(publishStory, comms, { storyId: story.id, version: story.version })).ok).toBe(true);
    const res = await embed(new Request(`http://localhost/embed/${orgSlug}/${campaign.slug}/stories`), { params: Promise.resolve({ org: orgSlug, campaign: campaign.slug }) });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<blockquote>${escapeHtml(story.quote)}</blockquote>`);
    expect(html).toContain(`<figcaption>${escapeHtml(story.authorName.trim() || "A customer")}`);
    // No element of the payload's survives: each "<" it held is text ("&lt;").
    expect(html).not.toMatch(/<(script|img|svg|iframe|base|form|input|link|details|noscript|template|math|style>body|a href=.javascript)/i);
    if (specialChars.test(story.quote)) expect(html).not.toContain(story.quote);
  });

  it("refuses a quote over 3,000 characters and a missing consent tick, nothing written", async () => {
    const { comms, campaign } = await publicCampaign();
    const { token } = await createRequestLink(campaign, comms.userId);
    const before = await rowCounts(comms.organizationId);
    for (const form of [
      { token, quote: "<p>".repeat(1_001), authorName: "R", consent: "on" },
      { token, quote: "They refunded me the same day.", authorName: "R" },
      { token, quote: "They refunded me the same day.", authorName: "R", consent: "<script>" },
    ]) {
      const state = await submitStoryFrom(form, address());
      expect(state).toMatchObject({ ok: false, status: 422 });
    }
    expect(await rowCounts(comms.organizationId)).toBe(before);
  });
});

describe("personal consent link", () => {
  it.each(CASES)("case %i as the name and title the customer chooses: stored as typed, never published by itself", async (i, payload) => {
    const { comms, campaign } = await publicCampaign();
    const story = await createStory(campaign, { consentStatus: "REQUESTED" });
    const { token } = await createRequestLink(campaign, comms.userId, { storyId: story.id, singleUse: true });
    const name = `${payload} ${i}`.slice(0, 120);
    const state = await decideConsentFrom({ token, decision: "grant", authorName: name, authorTitle: payload.slice(0, 120), consent: "on" }, address());
    expect(state, state.message).toMatchObject({ ok: true });
    const after = await db.customerStory.findUniqueOrThrow({ where: { id: story.id } });
    expect(after).toMatchObject({ consentStatus: "GRANTED", isPublished: false, authorName: stored(name), authorTitle: stored(payload.slice(0, 120)) });
    // Single use: the same link again is refused and changes nothing.
    const before = await rowCounts(comms.organizationId);
    const again = await decideConsentFrom({ token, decision: "deny", authorName: "x", consent: "on" }, address());
    expect(again).toMatchObject({ ok: false, status: 422 });
    expect(await rowCounts(comms.organizationId)).toBe(before);
  });
});

describe("withdrawal link", () => {
  it.each(CASES)("case %i as the token is refused, nothing written", async (i, payload) => {
    const { comms, campaign } = await publicCampaign();
    const realToken = `wd_${uid()}${uid()}${uid()}`;
    const story = await createStory(campaign, { consentStatus: "GRANTED", isPublished: true, withdrawToken: realToken });
    const before = await rowCounts(comms.organizationId);
    // Padded to a token's length so it reaches the lookup, not just the length check.
    const token = i % 2 ? payload : `${payload}${"x".repeat(24)}`;
    const state = await withdrawConsentFrom({ token }, address());
    expect(state).toMatchObject({ ok: false });
    expect([404, 422]).toContain(state.status);
    expect(state.message).not.toContain(realToken);
    expect(await rowCounts(comms.organizationId)).toBe(before);
    expect(await db.customerStory.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({ consentStatus: "GRANTED", isPublished: true });
  });

  it("the real token withdraws at once, even with a __proto__ key beside it", async () => {
    const { campaign } = await publicCampaign();
    const token = `wd_${uid()}${uid()}${uid()}`;
    const story = await createStory(campaign, { consentStatus: "GRANTED", isPublished: true, withdrawToken: token });
    const state = await withdrawConsentFrom(withOwnKey({ token }, "__proto__", POLLUTION), address());
    expect(state.ok, state.message).toBe(true);
    expect(prototypeIsClean()).toBe(true);
    expect(await db.customerStory.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({ consentStatus: "WITHDRAWN", isPublished: false });
  });
});
