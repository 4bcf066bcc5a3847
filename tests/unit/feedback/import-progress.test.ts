import { describe, expect, it } from "vitest";
import { toProgress } from "@/lib/feedback/import/progress";

const job = {
  id: "j1", status: "RUNNING" as const, processedRows: 0, totalRows: 200, createdCount: 0, duplicateCount: 0, rejectedCount: 0,
  cancelRequested: false, error: null, durationMs: null, startedAt: new Date(),
};

describe("toProgress", () => {
  it("waits until the columns are chosen", () => {
    expect(toProgress({ ...job, status: "PENDING", startedAt: null })).toMatchObject({ phase: "waiting", percent: 0 });
  });

  it("checks rows with a percentage that never claims 100 before the end", () => {
    expect(toProgress({ ...job, processedRows: 50 })).toMatchObject({ phase: "checking", percent: 25 });
    expect(toProgress({ ...job, processedRows: 199 })).toMatchObject({ phase: "checking", percent: 99 });
  });

  it("is saving, with no percentage, once every row is checked", () => {
    expect(toProgress({ ...job, processedRows: 200 })).toMatchObject({ phase: "saving", percent: null });
  });

  it("is done at any final status", () => {
    for (const status of ["COMPLETED", "FAILED", "CANCELLED"] as const) {
      expect(toProgress({ ...job, status, processedRows: 200, createdCount: 190 })).toMatchObject({ phase: "done", percent: 100 });
    }
  });
});
