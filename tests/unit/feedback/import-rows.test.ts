import { describe, expect, it } from "vitest";
import { mapRow, type CsvMapping } from "@/lib/feedback/csv-mapping";
import { columnIndexes, MAX_RAW_CHARS, rawForRejection, recordToRow, toIncoming } from "@/lib/feedback/import/rows";

const mapping: CsvMapping = { text: "message", author: "User", receivedAt: "Date", channel: { const: "SOCIAL" } };
const headers = ["Id", "Message", "user", "Date", "Extra"];

describe("rows", () => {
  it("finds the mapped columns exactly, then ignoring case and spaces", () => {
    expect([...columnIndexes(mapping, headers)]).toEqual([["message", 1], ["User", 2], ["Date", 3]]);
    expect([...columnIndexes({ text: "Message" }, ["message", "Message"])]).toEqual([["Message", 1]]);
  });

  it("copies only the mapped cells, keyed as the mapping names them, so mapRow reads them", () => {
    const idx = columnIndexes(mapping, headers);
    const checked = recordToRow(["7", "Charged twice", "@maria_k", "2024-03-01 10:00", "ignored"], headers.length, idx);
    expect(checked).toEqual({ ok: true, row: { message: "Charged twice", User: "@maria_k", Date: "2024-03-01 10:00" } });
    if (checked.ok !== true) throw new Error("expected a row");
    const mapped = mapRow(checked.row, mapping, { defaultTimeZone: "Europe/Berlin", now: new Date("2024-05-01T00:00:00Z") });
    expect(mapped.ok && toIncoming(mapped.value)).toEqual({
      text: "Charged twice",
      channel: "SOCIAL",
      receivedAt: new Date("2024-03-01T09:00:00Z"),
      externalId: null,
      authorName: null,
      authorHandle: "@maria_k",
      url: null,
    });
  });

  it("reads missing trailing cells as empty and skips rows that are all blank", () => {
    const idx = columnIndexes(mapping, headers);
    expect(recordToRow(["1", "Short row"], headers.length, idx)).toEqual({ ok: true, row: { message: "Short row", User: "", Date: "" } });
    expect(recordToRow(["", " ", "", "", ""], headers.length, idx)).toEqual({ ok: "blank" });
  });

  it("refuses a row with more filled cells than the header, and tolerates empty extra cells", () => {
    const idx = columnIndexes(mapping, headers);
    expect(recordToRow(["1", "Hello", " world", "x", "2024", "y", "z"], headers.length, idx)).toEqual({
      ok: false,
      reason: expect.stringMatching(/7 cells but the header has 5/),
    });
    expect(recordToRow(["1", "Hello", "x", "2024-01-01", "", "", ""], headers.length, idx).ok).toBe(true);
  });

  it("keeps a name as a name and bounds the raw text of a rejection", () => {
    expect(toIncoming({ text: "t", receivedAt: new Date(0), channel: "OTHER", author: "Tom Becker" })).toMatchObject({ authorName: "Tom Becker", authorHandle: null });
    expect(rawForRejection("a,b\r\n")).toBe("a,b");
    expect(rawForRejection(undefined)).toBe("");
    expect(rawForRejection("x".repeat(MAX_RAW_CHARS + 10))).toHaveLength(MAX_RAW_CHARS + 1);
  });
});
