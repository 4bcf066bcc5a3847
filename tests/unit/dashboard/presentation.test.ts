import { describe, expect, it } from "vitest";
import { attentionItems } from "@/lib/dashboard/attention";
import { countChange, formatIndex, formatMinutes, formatShare, minutesChange, pointsChange, shareChange } from "@/lib/dashboard/format";
import { keyFigures, type KeyFigureInputs } from "@/lib/dashboard/key-figures";
import { parseInline, parseMarkdown } from "@/lib/dashboard/markdown";
import { sortCampaignRows, type OrgCampaignRow } from "@/lib/dashboard/org-sort";
import { assembleWeeks, weekPlans } from "@/lib/dashboard/response-weeks-math";
import { percentileRanks, rankOffset, type RankPlan } from "@/lib/feedback/percentile-ranks";
import { burnupSummary, indexSummary, responseSummary, sentimentSummary, sparklineLabel } from "@/lib/dashboard/summaries";
import { TRUST_INDEX_MARKDOWN } from "@/lib/dashboard/trust-index";
import { toWinAnsi } from "@/lib/dashboard/win-ansi";
import { percentile } from "@/lib/feedback/sla";

describe("formatting", () => {
  it("writes no data as such, never as 0", () => {
    expect(formatIndex(null)).toBe("no data yet");
    expect(formatIndex(0)).toBe("0");
    expect(formatShare(null)).toBe("no data yet");
    expect(formatShare(0.666)).toBe("67%");
    expect(formatMinutes(null)).toBe("no replies yet");
    expect(formatMinutes(135)).toBe("2 h 15 min");
  });

  it("says how a figure moved in words, or nothing when there is nothing to compare", () => {
    expect(pointsChange(59, 40)).toBe("up 19 points from 40 a week ago");
    expect(pointsChange(39, 40)).toBe("down 1 point from 40 a week ago");
    expect(pointsChange(40, 40)).toBe("no change from a week ago");
    expect(pointsChange(40, null)).toBe("");
    expect(pointsChange(null, 40)).toBe("");
    expect(countChange(6, 4)).toBe("up 2 from 4 the week before");
    expect(countChange(1200, 1200)).toBe("same as the week before");
    expect(shareChange(0.5, 0.25)).toBe("up 25 points from 25% the week before");
    expect(shareChange(0.25, 0.26)).toBe("down 1 point from 26% the week before");
    expect(minutesChange(60, 240)).toBe("faster by 3 h than the week before (4 h)");
    expect(minutesChange(60, null)).toBe("");
  });
});

describe("key figures", () => {
  const base: KeyFigureInputs = {
    index: { now: 59, weekAgo: 40 },
    received: { thisWeek: 6, lastWeek: 4 },
    nonNegative: { thisWeek: 5 / 6, lastWeek: 0.25 },
    medianMinutes: { thisWeek: 240, lastWeek: 120 },
    withinSla: { thisWeek: 2 / 3, lastWeek: 2 / 3 },
    waitingPastSla: { now: 2, weekAgo: 1 },
    promiseKeeping: { now: 40, weekAgo: null },
    published: { now: 1, weekAgo: 0 },
  };

  it("marks good and bad moves: lower is better for waiting and reply times", () => {
    const tones = Object.fromEntries(keyFigures(base).map((k) => [k.key, k.tone]));
    expect(tones).toEqual({ index: "good", received: "neutral", nonNegative: "good", median: "bad", withinSla: "neutral", waiting: "bad", promises: "neutral", stories: "good" });
  });

  it("a new campaign says no data and compares with nothing", () => {
    const figures = keyFigures({
      index: { now: null, weekAgo: null },
      received: { thisWeek: 0, lastWeek: null },
      nonNegative: { thisWeek: null, lastWeek: null },
      medianMinutes: { thisWeek: null, lastWeek: null },
      withinSla: { thisWeek: null, lastWeek: null },
      waitingPastSla: { now: 0, weekAgo: null },
      promiseKeeping: { now: null, weekAgo: null },
      published: { now: 0, weekAgo: null },
    });
    expect(figures.map((f) => f.value)).toEqual(["no data yet", "0", "no data yet", "no replies yet", "no replies yet", "0", "no data yet", "0"]);
    expect(figures.every((f) => f.change === "" && f.tone === "neutral")).toBe(true);
  });
});

describe("needs attention", () => {
  const none = { slug: "outage", slaMinutes: 240, overdue: { count: 0, oldest: [] }, waiting: { count: 0, oldest: [] }, apology: { variants: 1, approvedOrPublished: 1 }, missingElements: [] };

  it("is empty when nothing is late or missing", () => {
    expect(attentionItems(none)).toEqual([]);
  });

  it("links the rest of a long overdue list to the filtered table, and asks for a first draft", () => {
    const items = attentionItems({
      ...none,
      overdue: { count: 7, oldest: [{ id: "c1", title: "Refunds", dueDate: new Date("2026-06-01T23:59:59Z"), owner: null }] },
      apology: { variants: 0, approvedOrPublished: 0 },
      missingElements: ["MOTIVE"],
    });
    expect(items.map((i) => [i.title, i.detail, i.href])).toEqual([
      ["Overdue commitment: Refunds", "Was due 1 Jun 2026; no owner.", "/campaigns/outage/promises/c1"],
      ["6 more overdue commitments", "See every overdue commitment.", "/campaigns/outage/promises?due=overdue"],
      ["No apology drafted yet", "Draft the apology: it comes first.", "/campaigns/outage/apology"],
      ["No commitment covers motive", "Whose interests do you serve? Show values beyond the balance sheet: put customers' interests before your own.", "/campaigns/outage/promises/new"],
    ]);
  });
});

describe("chart summaries", () => {
  it("describe the trend in a sentence", () => {
    expect(indexSummary([{ day: "2026-06-01", index: null }, { day: "2026-06-02", index: 22 }, { day: "2026-06-03", index: 40 }, { day: "2026-06-04", index: 35 }])).toBe(
      "The index rose to 35 on 4 Jun 2026, from 22 on 2 Jun 2026 (lowest 22, highest 40).",
    );
    expect(indexSummary([{ day: "2026-06-01", index: null }])).toBe("No index yet: none of its components has data.");
    expect(sparklineLabel("Advocacy", [null, 20, 40])).toBe("Advocacy: from 20 to 40, up over the period");
    expect(sparklineLabel("Advocacy", [null, null])).toBe("Advocacy: no data yet");
    expect(sentimentSummary([{ day: "2026-06-01", negative: 3, neutral: 1, positive: 0 }])).toBe("4 items over 1 day. Not negative: 25% in the last 7 days, against 25% in the first 7 days shown.");
    expect(sentimentSummary([])).toBe("No feedback received in this period.");
    expect(responseSummary([], 240)).toBe("No replies in the last 7 days (SLA 4 h).");
    expect(responseSummary([{ week: { label: "x" }, count: 4, answered: 3, medianMinutes: 120, p90Minutes: 264, withinSlaShare: 2 / 3 }], 240)).toBe(
      "Last 7 days: median first response 2 h, 90th percentile 4 h 24 min; 67% of 3 replies within the 4 h SLA.",
    );
    expect(burnupSummary([{ day: "d", committed: 5, due: 3, done: 3 }])).toBe("5 commitments made, 3 due so far, 3 done.");
    expect(burnupSummary([])).toBe("No commitments made yet.");
  });
});

describe("sorting campaigns", () => {
  const row = (title: string, index: number | null, open: number): OrgCampaignRow => ({
    id: title, slug: title, title, status: "OPEN", occurredAt: new Date("2026-06-01T00:00:00Z"), index, indexWeekAgo: null,
    sparkline: [], sparkFrom: "2026-06-01", openFeedback: open, pastSla: 0, overdueCommitments: 0, promiseKeeping: null, receivedThisWeek: 0, publishedStories: 0,
  });
  const rows = [row("b", 50, 1), row("a", null, 9), row("c", 20, 1)];

  it("puts campaigns without an index last in both directions", () => {
    expect(sortCampaignRows(rows, "index", "asc").map((r) => r.title)).toEqual(["c", "b", "a"]);
    expect(sortCampaignRows(rows, "index", "desc").map((r) => r.title)).toEqual(["b", "c", "a"]);
  });

  it("breaks ties by title", () => {
    expect(sortCampaignRows(rows, "open", "desc").map((r) => r.title)).toEqual(["a", "b", "c"]);
    expect(sortCampaignRows(rows, "title", "desc").map((r) => r.title)).toEqual(["c", "b", "a"]);
  });
});

describe("weekly percentiles", () => {
  // What the ranks statement returns for a plan: ORDER BY m ASC|DESC LIMIT 2 OFFSET k.
  const fetch = (sorted: number[], plan: RankPlan) =>
    (plan.fromTop ? [...sorted].reverse() : sorted).slice(rankOffset(plan), rankOffset(plan) + 2);

  it("fetch two values around each rank and interpolate as the R-7 percentile of lib/feedback/sla.ts", () => {
    for (const n of [1, 2, 3, 4, 7, 10, 11, 100]) {
      const values = Array.from({ length: n }, (_, i) => (i * 37) % 101);
      const sorted = [...values].sort((a, b) => a - b);
      const fetched = new Map(weekPlans([n]).map((plan, k) => [k, fetch(sorted, plan)]));
      const [week] = assembleWeeks([{ start: new Date(0), end: new Date(1), label: "w" }], [{ i: 0, total: n + 1, answered: n, within: 1 }], fetched);
      expect(week.medianMinutes).toBeCloseTo(percentile(values, 50)!, 9);
      expect(week.p90Minutes).toBeCloseTo(percentile(values, 90)!, 9);
      expect(week).toMatchObject({ count: n + 1, answered: n, withinSlaShare: 1 / n });
    }
  });

  it("a week without replies has no figures, not zeros", () => {
    expect(percentileRanks(0, 50)).toBeNull();
    const [week] = assembleWeeks([{ start: new Date(0), end: new Date(1), label: "w" }], [{ i: 0, total: 3, answered: 0, within: 0 }], new Map());
    expect(week).toMatchObject({ count: 3, answered: 0, medianMinutes: null, p90Minutes: null, withinSlaShare: null });
  });
});

describe("the explanation", () => {
  it("renders TRUST_INDEX_MARKDOWN's headings, table, lists and emphasis", () => {
    const blocks = parseMarkdown(TRUST_INDEX_MARKDOWN);
    expect(blocks[0]).toEqual({ type: "heading", level: 2, text: [{ text: "How the Trust Recovery Index is calculated" }] });
    const table = blocks.find((b) => b.type === "table");
    expect(table && table.type === "table" && table.rows.length).toBe(6);
    const list = blocks.find((b) => b.type === "list");
    expect(list && list.type === "list" && list.items.length).toBe(6);
    expect(list && list.type === "list" && list.items[0][0]).toEqual({ text: "Sentiment recovery", bold: true });
    expect(parseInline("a **b** and *c*")).toEqual([{ text: "a " }, { text: "b", bold: true }, { text: " and " }, { text: "c", italic: true }]);
  });

  it("writes text the standard PDF fonts can show", () => {
    expect(toWinAnsi("50 − 50 × (b − c) ▲ “ok” – 😀")).toBe("50 - 50 × (b - c) + “ok” – ");
  });
});
