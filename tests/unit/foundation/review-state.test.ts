import { describe, expect, it } from "vitest";
import { nextReviewState, type ReviewEvent, type ReviewStateValue } from "@/lib/apology/review-state";

const STATES: ReviewStateValue[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED"];
const EVENTS: ReviewEvent[] = ["save", "submit", "approve", "requestChanges", "publish"];

describe("apology review state machine", () => {
  it("allows exactly the documented transitions", () => {
    const allowed = new Set([
      "DRAFT:save>DRAFT", "IN_REVIEW:save>DRAFT", "CHANGES_REQUESTED:save>DRAFT", "APPROVED:save>DRAFT", "PUBLISHED:save>DRAFT",
      "DRAFT:submit>IN_REVIEW", "CHANGES_REQUESTED:submit>IN_REVIEW",
      "IN_REVIEW:approve>APPROVED", "IN_REVIEW:requestChanges>CHANGES_REQUESTED",
      "APPROVED:publish>PUBLISHED",
    ]);
    for (const s of STATES) {
      for (const e of EVENTS) {
        const next = nextReviewState(s, e);
        const key = [...allowed].find((k) => k.startsWith(`${s}:${e}>`));
        expect(next, `${s} --${e}-->`).toBe(key ? key.split(">")[1] : null);
      }
    }
  });

  it("voids an approval on any edit and never publishes without approval", () => {
    expect(nextReviewState("APPROVED", "save")).toBe("DRAFT");
    expect(nextReviewState("DRAFT", "publish")).toBeNull();
    expect(nextReviewState("IN_REVIEW", "publish")).toBeNull();
    expect(nextReviewState("PUBLISHED", "publish")).toBeNull();
  });
});
