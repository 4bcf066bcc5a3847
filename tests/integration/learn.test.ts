import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { acceptThemeSuggestion, createLesson, createThemeAction, reviewThemeTags, updateLesson, updateTheme } from "@/lib/learn/mutations";
import { campaignSuggestions } from "@/lib/learn/suggestions";
import { themeBoard } from "@/lib/learn/queries";
import { loadStepFacts } from "@/lib/campaigns/queries";
import { createCampaign, createMember } from "@/tests/factories";
import { createFeedback } from "@/tests/factories/feedback";
import { createLesson as lessonFactory, createTheme } from "@/tests/factories/commitments";
import { snapshotOrganization } from "@/tests/support/snapshot";
import { COMPLAINTS } from "@/tests/fixtures/complaints";

const DAY = 86_400_000;

// The complaints fixture as negative feedback (sentiment set by hand: the fixture is about themes,
// not about the sentiment scorer).
async function seeded() {
  const manager = await createMember("MANAGER");
  const campaign = await createCampaign(manager);
  const now = Date.now();
  await createFeedback(campaign, COMPLAINTS.map((c, i) => ({ text: c.text, externalId: c.id, receivedAt: new Date(now - (i % 20) * DAY) })));
  await db.feedbackItem.updateMany({ where: { campaignId: campaign.id }, data: { sentimentLabel: "NEGATIVE", sentimentOverridden: true } });
  await createFeedback(campaign, [{ text: "Thank you, you charged me twice but the refund came fast and support was lovely.", externalId: "happy" }]);
  await db.feedbackItem.updateMany({ where: { campaignId: campaign.id, externalId: "happy" }, data: { sentimentLabel: "POSITIVE" } });
  return { manager, campaign };
}

const ids = async (campaignId: string, externalIds: string[]) =>
  (await db.feedbackItem.findMany({ where: { campaignId, externalId: { in: externalIds } }, select: { id: true } })).map((i) => i.id);

describe("themes", () => {
  it("suggests themes from the negative feedback, and accepting one tags its items for review", async () => {
    const { manager, campaign } = await seeded();
    const { analyzed, suggestions } = await campaignSuggestions({ organizationId: manager.organizationId, campaignId: campaign.id });
    expect(analyzed).toBe(COMPLAINTS.length);
    const charged = suggestions.find((s) => s.label === "Charged twice")!;
    expect(charged.externalIds).toContain("c03"); // "I was double charged…"
    expect(charged.externalIds).not.toContain("happy");

    const state = await executeAction(acceptThemeSuggestion, manager, { campaignId: campaign.id, label: "Charged twice", keyPhrases: charged.keyPhrases.join("\n") });
    expect(state.ok, state.message).toBe(true);
    const theme = await db.theme.findFirstOrThrow({ where: { campaignId: campaign.id, label: "Charged twice" } });
    expect(theme.suggested).toBe(true);
    const tags = await db.feedbackTheme.findMany({ where: { themeId: theme.id }, include: { feedbackItem: { select: { externalId: true } } } });
    expect(tags.map((t) => t.feedbackItem.externalId).sort()).toEqual([...charged.externalIds].sort());
    expect(tags.every((t) => !t.reviewed)).toBe(true);

    // Accepted themes are not suggested again.
    const again = await campaignSuggestions({ organizationId: manager.organizationId, campaignId: campaign.id });
    expect(again.suggestions.map((s) => s.label)).not.toContain("Charged twice");

    // A person confirms some and untags the rest.
    const [keep, drop] = [tags[0].feedbackItemId, tags[1].feedbackItemId];
    expect((await executeAction(reviewThemeTags, manager, { themeId: theme.id, itemIds: [keep], decision: "confirm" })).ok).toBe(true);
    expect((await executeAction(reviewThemeTags, manager, { themeId: theme.id, itemIds: drop, decision: "untag" })).ok).toBe(true);
    expect(await db.feedbackTheme.findUnique({ where: { feedbackItemId_themeId: { feedbackItemId: keep, themeId: theme.id } } })).toMatchObject({ reviewed: true });
    expect(await db.feedbackTheme.findUnique({ where: { feedbackItemId_themeId: { feedbackItemId: drop, themeId: theme.id } } })).toBeNull();
    const facts = (await loadStepFacts(manager.organizationId, [campaign])).get(campaign.id)!;
    expect(facts.learn).toMatchObject({ themes: 1, themesWithoutLesson: 1, unreviewedTags: tags.length - 2 });
  });

  it("creates a theme by hand, refuses a duplicate label and bad key phrases without writing", async () => {
    const { manager, campaign } = await seeded();
    const made = await executeAction(createThemeAction, manager, { campaignId: campaign.id, label: "Overdraft fees", keyPhrases: "overdraft fees" });
    expect(made.ok).toBe(true);
    const theme = await db.theme.findFirstOrThrow({ where: { campaignId: campaign.id, label: "Overdraft fees" } });
    expect(theme.suggested).toBe(false);
    expect(await db.feedbackTheme.count({ where: { themeId: theme.id } })).toBe(7);

    const before = await snapshotOrganization(manager.organizationId);
    const dup = await executeAction(createThemeAction, manager, { campaignId: campaign.id, label: "Overdraft fees" });
    expect(dup).toMatchObject({ ok: false, status: 422 });
    expect(dup.fieldErrors?.label?.[0]).toMatch(/another label/);
    const bad = await executeAction(createThemeAction, manager, { campaignId: campaign.id, label: "Little words", keyPhrases: "the and of" });
    expect(bad.fieldErrors?.keyPhrases?.[0]).toMatch(/cannot be matched/);
    expect(await snapshotOrganization(manager.organizationId)).toBe(before);
  });

  it("saves theme edits with a version lock", async () => {
    const { manager, campaign } = await seeded();
    const theme = await createTheme(campaign, { label: "Refunds" });
    expect((await executeAction(updateTheme, manager, { themeId: theme.id, version: 1, label: "Refund delays", description: "Late refunds" })).ok).toBe(true);
    const stale = await executeAction(updateTheme, manager, { themeId: theme.id, version: 1, label: "Slow refunds" });
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect(stale.values?.label).toBe("Slow refunds");
    expect(await db.theme.findUniqueOrThrow({ where: { id: theme.id } })).toMatchObject({ label: "Refund delays", version: 2 });
  });

  it("computes the board in the database: volume per week, share of negative, this week against last", async () => {
    const manager = await createMember("MANAGER");
    const campaign = await createCampaign(manager);
    const now = new Date("2026-06-10T12:00:00Z"); // a Wednesday
    const at = (days: number) => new Date(now.getTime() - days * DAY);
    const items = await createFeedback(campaign, [0.5, 1, 2, 8, 9, 15, 30].map((d, i) => ({ text: `Refund still missing, number ${i}`, receivedAt: at(d), externalId: `r${i}` })));
    await createFeedback(campaign, [{ text: "Other complaint", externalId: "o1" }, { text: "Another one", externalId: "o2" }, { text: "And one more", externalId: "o3" }]);
    await db.feedbackItem.updateMany({ where: { campaignId: campaign.id }, data: { sentimentLabel: "NEGATIVE" } });
    const theme = await createTheme(campaign, { label: "Refund", itemIds: items.map((i) => i.id), reviewed: false });
    await db.feedbackTheme.updateMany({ where: { themeId: theme.id, feedbackItemId: { in: items.slice(0, 2).map((i) => i.id) } }, data: { reviewed: true } });

    const board = await themeBoard(manager, campaign.id, now);
    const row = board.themes.find((t) => t.id === theme.id)!;
    expect(board.negativeTotal).toBe(10);
    expect(row.figures).toMatchObject({ total: 7, unreviewed: 5, negative: 7, share: 0.7 });
    expect(row.figures.trend).toMatchObject({ thisWeek: 3, lastWeek: 2, direction: "up" });
    expect(board.weeks).toHaveLength(8);
    const weekly = Object.fromEntries(row.figures.weekly.map((w) => [w.week, w.count]));
    // Mon 8 June: the 9th, 9th (−0.5 d, −1 d); Mon 1 June: the 8th… 2nd (−2, −8, −9 days); and so on.
    expect(weekly).toMatchObject({ "2026-06-08": 3, "2026-06-01": 2, "2026-05-25": 1, "2026-05-11": 1 });
    expect(row.figures.weekly.reduce((n, w) => n + w.count, 0)).toBe(7);
  });
});

describe("lessons", () => {
  it("links themes and representative items of its campaign, and refuses another campaign's", async () => {
    const { manager, campaign } = await seeded();
    const theme = await createTheme(campaign, { label: "Charged twice" });
    const quoted = await ids(campaign.id, ["c01", "c03"]);
    const fields = { title: "Retries were not idempotent", whatWeHeard: "People were charged twice.", rootCause: "A retry after a timeout charged again.", whatChanges: "Idempotency keys on every charge." };
    const made = await executeAction(createLesson, manager, { campaignId: campaign.id, ...fields, themeIds: theme.id, feedbackIds: quoted });
    expect(made.ok, made.message).toBe(true);
    const lesson = await db.lesson.findFirstOrThrow({ where: { campaignId: campaign.id }, include: { themes: true, feedback: true } });
    expect(lesson.themes.map((t) => t.themeId)).toEqual([theme.id]);
    expect(lesson.feedback.map((f) => f.feedbackItemId).sort()).toEqual([...quoted].sort());

    const other = await createCampaign(manager);
    const foreignTheme = await createTheme(other);
    const before = await snapshotOrganization(manager.organizationId);
    expect(await executeAction(createLesson, manager, { campaignId: campaign.id, ...fields, themeIds: [theme.id, foreignTheme.id] })).toMatchObject({ ok: false, status: 404 });
    expect(await executeAction(createLesson, manager, { campaignId: campaign.id, ...fields, themeIds: [] })).toMatchObject({ ok: false, status: 422 });
    expect(await snapshotOrganization(manager.organizationId)).toBe(before);
  });

  it("versions edits: a save based on an old version is a conflict that keeps the text", async () => {
    const { manager, campaign } = await seeded();
    const other = await createMember("MANAGER", { id: manager.organizationId });
    const [t1, t2] = [await createTheme(campaign), await createTheme(campaign)];
    const lesson = await lessonFactory(campaign, manager.userId, { themeIds: [t1.id] });
    const fields = { title: "Retries were not idempotent", whatWeHeard: "People were charged twice.", rootCause: "A retry after a timeout charged again.", whatChanges: "Idempotency keys on every charge." };
    const theirs = await executeAction(updateLesson, other, { lessonId: lesson.id, version: 1, ...fields, themeIds: [t1.id, t2.id] });
    expect(theirs.ok, theirs.message).toBe(true);
    const before = await snapshotOrganization(manager.organizationId);
    const mine = await executeAction(updateLesson, manager, { lessonId: lesson.id, version: 1, ...fields, rootCause: "My different root cause text.", themeIds: [t1.id] });
    expect(mine).toMatchObject({ ok: false, status: 409 });
    expect(mine.values?.rootCause).toBe("My different root cause text.");
    expect(await snapshotOrganization(manager.organizationId)).toBe(before);
    const saved = await db.lesson.findUniqueOrThrow({ where: { id: lesson.id }, include: { themes: true } });
    expect(saved.version).toBe(2);
    expect(saved.themes).toHaveLength(2);
    const history = await db.auditEvent.findMany({ where: { entityType: "Lesson", entityId: lesson.id } });
    expect(history).toHaveLength(1);
    expect(history[0].before).toMatchObject({ version: 1, themeIds: [t1.id] });
  });
});

describe("npm run themes:suggest", () => {
  it("prints each suggestion's label, key phrases and matching external ids as JSON", { timeout: 120_000 }, async () => {
    const { manager, campaign } = await seeded();
    const org = await db.organization.findUniqueOrThrow({ where: { id: manager.organizationId } });
    const root = path.resolve(import.meta.dirname, "../..");
    const run = (args: string[]) => spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/themes-suggest.ts", ...args], {
      cwd: root, encoding: "utf8", timeout: 100_000, env: { ...process.env, NODE_ENV: "test" },
    });
    const ok = run(["--org", org.slug, "--campaign", campaign.slug, "--limit", "1000"]);
    expect(ok.status, ok.stderr).toBe(0);
    const out = JSON.parse(ok.stdout);
    expect(out.analyzed).toBe(COMPLAINTS.length);
    const refund = out.suggestions.find((s: { label: string }) => s.label === "Refund");
    expect(refund.keyPhrases).toContain("refund");
    expect(refund.items).toEqual(expect.arrayContaining(["c13", "c14", "c22"]));
    expect(run(["--org", org.slug])).toMatchObject({ status: 2 });
    expect(run(["--org", org.slug, "--campaign", "nope"])).toMatchObject({ status: 1 });
  });
});
