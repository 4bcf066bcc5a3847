// The dashboard against a campaign whose every figure was worked out by hand (see
// tests/factories/dashboard.ts for the rows). The campaign happened on 1 June at 09:00; "now" is
// 10 June, 12:00 UTC; the SLA is 4 hours.
//
//   feedback   received        label     first reply            status
//   f1         1 Jun 10:00     negative  after 60 min (within)
//   f2         1 Jun 12:00     negative  after 300 min (late)
//   f3         2 Jun 09:00     negative  none                   NEW          overdue since 2 Jun 13:00
//   f4         3 Jun 09:00     positive  after 120 min (within)
//   f5         5 Jun 09:00     neutral   none                   CLOSED       (left out of responses)
//   f6         8 Jun 10:00     neutral   after 240 min (at the deadline: within)
//   f7         9 Jun 10:00     positive  after 600 min (late)
//   f8        10 Jun 06:00     negative  none                   IN_PROGRESS  overdue since 10:00
//   f9        10 Jun 10:00     positive  none                   NEW          still within the SLA
//   f10       10 Jun 11:00     neutral   after 30 min (within)
//
//   commitment  element     made    due (end of)  status       done          evidence
//   c1          competence  2 Jun   5 Jun         DONE         5 Jun 15:00   5 Jun
//   c2          motive      2 Jun   7 Jun         DONE         8 Jun 10:00   8 Jun      (late)
//   c3          means       3 Jun   9 Jun         IN_PROGRESS  —             retracted  (overdue)
//   c4          competence  4 Jun   20 Jun        DONE         9 Jun 12:00   9 Jun      (early)
//   c5          impact      4 Jun   6 Jun         DROPPED
//   c6          motive      5 Jun   15 Jun        PLANNED
//
//   stories: s1 granted (made 3 Jun, published 6 Jun), s2 granted, s3 requested, s4 withdrawn.
//   themes: double charge (f1 f2 f7), refund delay (f3 f8 f9 f10), praise (f4).
//   one apology variant, a draft.
import { describe, expect, it } from "vitest";
import { PDFParse } from "pdf-parse";
import { db } from "@/lib/db";
import { loadCampaignDashboard, dashboardRawSql } from "@/lib/dashboard/campaign-dashboard";
import { loadOrganizationDashboard } from "@/lib/dashboard/organization-dashboard";
import { trustInputsAsOf } from "@/lib/dashboard/queries";
import { boardReportPdf } from "@/lib/dashboard/report-pdf";
import { responseFigures } from "@/lib/feedback/response-figures";
import { themeFigures } from "@/lib/learn/theme-board";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createCampaign, createMember, createOrganization } from "@/tests/factories";
import { createDashboardFixture, createDatedFeedback } from "@/tests/factories/dashboard";

const NOW = new Date("2026-06-10T12:00:00Z");

async function fixture() {
  const org = await createOrganization();
  const exec = await createMember("EXEC", org, { name: "Eve Exec" });
  const f = await createDashboardFixture(exec, NOW);
  return { org, exec, ...f };
}

const component = (d: Awaited<ReturnType<typeof loadCampaignDashboard>>, key: string) => d.trust.components.find((c) => c.key === key)!;

describe("campaign dashboard, against hand-computed figures", () => {
  it("computes today's index inputs and components", async () => {
    const { exec, campaign } = await fixture();
    const d = await loadCampaignDashboard(exec, campaign, NOW);
    // Baseline (received before 8 Jun): f1–f5, 3 negative. Window (4–10 Jun): f5–f10, 1 negative.
    // 50 + 50 × (5/6 − 2/5) / (1 − 2/5) = 86.1.
    expect(component(d, "sentimentRecovery").value).toBe(86);
    // Within: f1 f4 f6 f10; late: f2 f7; waiting past the SLA: f3 f8 → 4 of 8.
    expect(component(d, "responsiveness")).toMatchObject({ value: 50, explanation: "4 of 8 items due a reply were answered within the SLA (2 late, 2 still waiting)." });
    // Due: c1 c2 c3 c5, plus c4 kept before its date; kept on time: c1 c4 → 2 of 5.
    expect(component(d, "promiseKeeping")).toMatchObject({ value: 40, explanation: "2 of 5 commitments due were kept on time." });
    // In progress or done: c1 c2 c3 c4; with live evidence: c1 c2 c4.
    expect(component(d, "evidenceCoverage").value).toBe(75);
    // Competence, motive, means; impact only has a dropped commitment.
    expect(component(d, "elementCoverage").value).toBe(75);
    // One story published with consent, four collected.
    expect(component(d, "advocacy").value).toBe(20);
    // (25 × 86.11 + 20 × 50 + 25 × 40 + 10 × 75 + 10 × 75 + 10 × 20) / 100 = 58.5 → 59.
    expect(d.trust.index).toBe(59);
    expect(d.computedAt).toEqual(NOW);
  });

  it("draws one point per day from the campaign's first day, each as of that day", async () => {
    const { exec, campaign } = await fixture();
    const d = await loadCampaignDashboard(exec, campaign, NOW);
    expect(d.series.map((p) => p.day)).toEqual(["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05", "2026-06-06", "2026-06-07", "2026-06-08", "2026-06-09", "2026-06-10"]);
    // 1 June: f1 and f2, both negative (sentiment 0); f1 within, f2 late (50); nothing else yet.
    expect(d.series[0]).toMatchObject({ index: 22, sentimentRecovery: 0, responsiveness: 50, promiseKeeping: null, evidenceCoverage: null, elementCoverage: null, advocacy: null });
    // 3 June (a week before today): sentiment at the baseline (50), 2 of 4 answered in time,
    // nothing due, c1–c3 without evidence yet, three elements, one story collected, none published.
    expect(d.series[2]).toMatchObject({ index: 40, sentimentRecovery: 50, responsiveness: 50, promiseKeeping: null, evidenceCoverage: 0, elementCoverage: 75, advocacy: 0 });
    expect(d.series[9].index).toBe(59);
  });

  it("gives the same inputs for a day whether computed alone or within the series", async () => {
    const { exec, campaign } = await fixture();
    const d = await loadCampaignDashboard(exec, campaign, NOW);
    const alone = await trustInputsAsOf(campaign, new Date("2026-06-03T00:00:00Z"), NOW);
    expect(alone).toEqual({
      sentiment: { baselineTotal: 4, baselineNonNegative: 1, windowTotal: 4, windowNonNegative: 1 },
      responses: { answeredWithinSla: 2, answeredLate: 1, openOverdue: 1 },
      promises: { due: 0, keptOnTime: 0 },
      evidence: { doneOrInProgress: 3, withEvidence: 0 },
      commitmentsByElement: { COMPETENCE: 1, MOTIVE: 1, MEANS: 1, IMPACT: 0 },
      stories: { collected: 1, publishedWithConsent: 0 },
    });
    expect(d.series[2].index).toBe(40);
    const today = await trustInputsAsOf(campaign, NOW, NOW);
    expect(today.responses).toEqual({ answeredWithinSla: 4, answeredLate: 2, openOverdue: 2 });
    expect(today.promises).toEqual({ due: 5, keptOnTime: 2 });
  });

  it("counts sentiment per day, the burn-up and the weekly first-response figures", async () => {
    const { exec, campaign } = await fixture();
    const d = await loadCampaignDashboard(exec, campaign, NOW);
    expect(d.sentiment.map((s) => [s.day.slice(5), s.negative, s.neutral, s.positive])).toEqual([
      ["06-01", 2, 0, 0], ["06-02", 1, 0, 0], ["06-03", 0, 0, 1], ["06-04", 0, 0, 0], ["06-05", 0, 1, 0],
      ["06-06", 0, 0, 0], ["06-07", 0, 0, 0], ["06-08", 0, 1, 0], ["06-09", 0, 0, 1], ["06-10", 1, 1, 1],
    ]);
    expect(d.burnup.find((b) => b.day === "2026-06-05")).toEqual({ day: "2026-06-05", committed: 5, due: 1, done: 1 });
    expect(d.burnup[d.burnup.length - 1]).toEqual({ day: "2026-06-10", committed: 5, due: 3, done: 3 });
    // Weeks ending today: 28 May–3 June (f1–f4) and 4–10 June (f5–f10).
    expect(d.responseWeeks.map((w) => w.week.label)).toEqual(["2026-05-28", "2026-06-04"]);
    const [last, current] = d.responseWeeks;
    // Replies 60, 120, 300: median 120; p90 = 120 + 0.8 × 180 = 264; 2 of 3 within.
    expect(last).toMatchObject({ count: 4, answered: 3 });
    expect(last.medianMinutes).toBeCloseTo(120, 3);
    expect(last.p90Minutes).toBeCloseTo(264, 3);
    expect(last.withinSlaShare).toBeCloseTo(2 / 3, 9);
    // Replies 30, 240, 600: median 240; p90 = 240 + 0.8 × 360 = 528; 240 is at the deadline: within.
    expect(current).toMatchObject({ count: 6, answered: 3 });
    expect(current.medianMinutes).toBeCloseTo(240, 3);
    expect(current.p90Minutes).toBeCloseTo(528, 3);
    expect(current.withinSlaShare).toBeCloseTo(2 / 3, 9);
  });

  it("agrees with the Listen figures (responseFigures) for every week, and with the Learn board for themes", async () => {
    const { exec, campaign } = await fixture();
    const d = await loadCampaignDashboard(exec, campaign, NOW);
    const scope = { organizationId: exec.organizationId, campaignId: campaign.id };
    for (const w of d.responseWeeks) {
      const listen = (await responseFigures(scope, campaign.slaMinutes, "all", { from: w.week.start, to: w.week.end })).get("all")!;
      expect(w.count).toBe(listen.count);
      expect(w.answered).toBe(listen.answered);
      expect(w.medianMinutes).toBeCloseTo(listen.medianMinutes!, 6);
      expect(w.p90Minutes).toBeCloseTo(listen.p90Minutes!, 6);
      expect(w.withinSlaShare).toBeCloseTo(listen.withinSlaShare!, 9);
    }
    expect(d.themes.map((t) => [t.label, t.total, t.trend.thisWeek, t.trend.lastWeek, t.trend.direction])).toEqual([
      ["Refund delay", 4, 3, 1, "up"],
      ["Double charge", 3, 1, 2, "down"],
      ["Praise", 1, 0, 1, "down"],
    ]);
    const learn = await themeFigures(scope, NOW);
    for (const t of d.themes) {
      const l = learn.figures.get(t.id)!;
      expect([t.total, t.trend.thisWeek, t.trend.lastWeek]).toEqual([l.total, l.trend.thisWeek, l.trend.lastWeek]);
    }
  });

  it("states the key figures with their change against last week", async () => {
    const { exec, campaign } = await fixture();
    const d = await loadCampaignDashboard(exec, campaign, NOW);
    const fig = Object.fromEntries(d.keyFigures.map((k) => [k.key, [k.value, k.change]]));
    expect(fig).toEqual({
      index: ["59", "up 19 points from 40 a week ago"],
      received: ["6", "up 2 from 4 the week before"],
      nonNegative: ["83%", "up 58 points from 25% the week before"],
      median: ["4 h", "slower by 2 h than the week before (2 h)"],
      withinSla: ["67%", "same as the week before"],
      waiting: ["2", "up 1 from 1 a week ago"],
      promises: ["40%", ""],
      stories: ["1", "up 1 from 0 a week ago"],
    });
  });

  it("lists what needs attention, each with where to act", async () => {
    const { exec, campaign, items, commitments } = await fixture();
    const d = await loadCampaignDashboard(exec, campaign, NOW);
    const base = `/campaigns/${campaign.slug}`;
    expect(d.attention.map((a) => [a.kind, a.title, a.href])).toEqual([
      ["commitment", "Overdue commitment: Publish the incident report", `${base}/promises/${commitments.c3.id}`],
      ["sla", "2 feedback items waiting past the 4 h SLA", `${base}/listen?overdue=1`],
      ["sla", "Waiting since 2 Jun 2026: Ada Waiting (social)", `${base}/listen/${items.f3.id}`],
      ["sla", "Waiting since 10 Jun 2026: Bo Overdue (social)", `${base}/listen/${items.f8.id}`],
      ["apology", "The apology is not approved yet", `${base}/apology`],
      ["element", "No commitment covers impact", `${base}/promises/new`],
    ]);
    expect(d.elements.map((e) => [e.element, e.commitments, e.done])).toEqual([["COMPETENCE", 2, 2], ["MOTIVE", 2, 1], ["MEANS", 1, 0], ["IMPACT", 0, 0]]);
    expect(d.stories).toEqual({ collected: 4, requested: 1, granted: 2, publishedWithConsent: 1 });
  });

  it("an approved apology and covered elements leave the attention list", async () => {
    const { exec, campaign } = await fixture();
    await db.apology.updateMany({ where: { campaignId: campaign.id }, data: { reviewState: "APPROVED" } });
    await db.commitment.create({ data: { organizationId: campaign.organizationId, campaignId: campaign.id, title: "Impact review", dueDate: new Date("2026-07-01T23:59:59Z"), trustElement: "IMPACT", createdAt: new Date("2026-06-09T00:00:00Z") } });
    const d = await loadCampaignDashboard(exec, campaign, NOW);
    expect(d.attention.map((a) => a.kind)).toEqual(["commitment", "sla", "sla", "sla"]);
    expect(d.trust.components.find((c) => c.key === "elementCoverage")!.value).toBe(100);
  });

  it("shows no data, never 0 or 100, for a campaign with nothing yet", async () => {
    const exec = await createMember("EXEC");
    const campaign = await createCampaign(exec, { occurredAt: new Date("2026-06-09T08:00:00Z") });
    const d = await loadCampaignDashboard(exec, campaign, NOW);
    expect(d.trust.index).toBeNull();
    expect(d.trust.components.every((c) => c.value === null)).toBe(true);
    expect(d.series.map((p) => p.index)).toEqual([null, null]);
    expect(d.keyFigures.find((k) => k.key === "index")!.value).toBe("no data yet");
    expect(d.responseWeeks).toHaveLength(1);
    expect(d.responseWeeks[0]).toMatchObject({ count: 0, answered: 0, medianMinutes: null, withinSlaShare: null });
  });

  it("never reads another organization's rows, and refuses roles without dashboard.read", async () => {
    const { exec, campaign } = await fixture();
    const other = await createMember("EXEC");
    const theirs = await createCampaign(other, { occurredAt: new Date("2026-06-01T09:00:00Z") });
    await createDatedFeedback(theirs, { receivedAt: new Date("2026-06-09T09:00:00Z"), label: "NEGATIVE" });
    await expect(loadCampaignDashboard(exec, theirs, NOW)).rejects.toBeInstanceOf(NotFoundError);
    // Even handed another organization's campaign id with this organization's id, nothing leaks.
    const forged = await loadCampaignDashboard(exec, { ...theirs, organizationId: exec.organizationId }, NOW);
    expect(forged.sentiment.reduce((n, s) => n + s.negative + s.neutral + s.positive, 0)).toBe(0);
    expect(forged.trust.index).toBeNull();
    for (const role of ["COMMS"] as const) {
      const m = await createMember(role, { id: exec.organizationId });
      await expect(loadCampaignDashboard(m, campaign, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(boardReportPdf(m, campaign.slug, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(loadOrganizationDashboard(m, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    }
    for (const role of ["ADMIN", "MANAGER"] as const) {
      const m = await createMember(role, { id: exec.organizationId });
      expect((await loadCampaignDashboard(m, campaign, NOW)).trust.index).toBe(59);
    }
  });

  it("lists the raw statements it runs, each a valid query", async () => {
    const { campaign } = await fixture();
    const statements = await dashboardRawSql(campaign, NOW);
    expect(statements.map((s) => s.name)).toEqual([
      "feedbackDays", "commitmentDaily", "storyDaily", "snapshot", "topThemes", "overdueCommitments", "waitingItems", "responseWeekRanks",
    ]);
    for (const s of statements) expect(Array.isArray(await db.$queryRaw(s.sql))).toBe(true);
  });
});

describe("organization dashboard", () => {
  it("puts the organization's campaigns side by side, sorted, with their index series", async () => {
    const { exec, campaign, org } = await fixture();
    const quiet = await createCampaign(exec, { title: "Quiet campaign", occurredAt: new Date("2026-06-08T09:00:00Z") });
    await createCampaign(await createMember("EXEC"), { title: "Someone else's" });
    const byIndex = await loadOrganizationDashboard(exec, NOW, { sort: "index", dir: "desc" });
    expect(byIndex.rows.map((r) => r.title)).toEqual([campaign.title, "Quiet campaign"]);
    const row = byIndex.rows[0];
    expect(row).toMatchObject({ index: 59, indexWeekAgo: 40, openFeedback: 3, pastSla: 2, overdueCommitments: 1, promiseKeeping: 40, receivedThisWeek: 6, publishedStories: 1, sparkFrom: "2026-06-01" });
    expect(row.sparkline).toHaveLength(10);
    expect(byIndex.rows[1]).toMatchObject({ id: quiet.id, index: null, openFeedback: 0, sparkline: [null, null, null] });
    // No index sorts last either way.
    const asc = await loadOrganizationDashboard(exec, NOW, { sort: "index", dir: "asc" });
    expect(asc.rows.map((r) => r.id)).toEqual([campaign.id, quiet.id]);
    const byOpen = await loadOrganizationDashboard(exec, NOW, { sort: "open", dir: "asc" });
    expect(byOpen.rows.map((r) => r.id)).toEqual([quiet.id, campaign.id]);
    expect(byOpen.total).toBe(2);
    expect(org.id).toBe(exec.organizationId);
  });
});

describe("board report PDF", () => {
  it("holds the dashboard's figures and when they were computed", async () => {
    const { exec, campaign } = await fixture();
    const { pdf, fileName, report } = await boardReportPdf(exec, campaign.slug, NOW);
    expect(fileName).toBe(`board-report-${campaign.slug}-2026-06-10T1200.pdf`);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, " ");
    await parser.destroy();
    expect(text).toContain("Figures computed 10 Jun 2026, 12:00 UTC.");
    expect(text).toContain("Trust Recovery Index: 59");
    const d = await loadCampaignDashboard(exec, campaign, NOW);
    for (const k of d.keyFigures) expect(text).toContain(`${k.label} ${k.value}`);
    for (const c of d.trust.components) expect(text).toContain(c.explanation);
    expect(text).toContain("How the Trust Recovery Index is calculated");
    expect(report.index).toBe("59");
  });

  it("refuses another organization's campaign as not found", async () => {
    const { campaign } = await fixture();
    const stranger = await createMember("EXEC");
    await expect(boardReportPdf(stranger, campaign.slug, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});
