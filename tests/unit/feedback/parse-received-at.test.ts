import { describe, expect, it } from "vitest";
import { parseReceivedAt, zonedWallToUtc } from "@/lib/feedback/parse-received-at";

const BERLIN = "Europe/Berlin";
const NY = "America/New_York";

function iso(value: string, tz = "UTC"): string {
  const r = parseReceivedAt(value, tz);
  if (typeof r === "string") throw new Error(`refused: ${r}`);
  return r.toISOString();
}

function reason(value: string, tz = "UTC"): string {
  const r = parseReceivedAt(value, tz);
  if (r instanceof Date) throw new Error(`accepted as ${r.toISOString()}`);
  return r;
}

describe("ISO 8601 with a zone", () => {
  it("reads Z and offsets, ignoring the default zone", () => {
    expect(iso("2024-03-31T14:05:00Z", BERLIN)).toBe("2024-03-31T14:05:00.000Z");
    expect(iso("2024-03-31T14:05:00z", NY)).toBe("2024-03-31T14:05:00.000Z");
    expect(iso("2024-03-31T14:05:00+02:00", NY)).toBe("2024-03-31T12:05:00.000Z");
    expect(iso("2024-03-31T14:05-0530", BERLIN)).toBe("2024-03-31T19:35:00.000Z");
    expect(iso("2024-03-31 14:05:00+01", NY)).toBe("2024-03-31T13:05:00.000Z");
  });

  it("keeps fractions of a second (ms precision)", () => {
    expect(iso("2024-01-02T03:04:05.123456Z")).toBe("2024-01-02T03:04:05.123Z");
    expect(iso("2024-01-02T03:04:05,5Z")).toBe("2024-01-02T03:04:05.500Z");
  });

  it("refuses impossible dates and offsets", () => {
    expect(reason("2024-02-30T10:00:00Z")).toMatch(/no day 30 in February 2024/);
    expect(reason("2023-02-29T10:00:00Z")).toMatch(/no day 29/);
    expect(iso("2024-02-29T10:00:00Z")).toBe("2024-02-29T10:00:00.000Z");
    expect(reason("2024-13-01T10:00:00Z")).toMatch(/no month 13/);
    expect(reason("2024-01-01T24:00:00Z")).toMatch(/time of day/);
    expect(reason("2024-01-01T10:00:00+15:00")).toMatch(/offset/);
    expect(reason("1969-12-31T23:59:59Z")).toMatch(/outside 1970/);
  });
});

describe("wall-clock times in the default zone", () => {
  it("reads YYYY-MM-DD HH:mm[:ss] and date-only values in the zone", () => {
    expect(iso("2024-01-15 09:30", BERLIN)).toBe("2024-01-15T08:30:00.000Z");
    expect(iso("2024-07-15 09:30:15", BERLIN)).toBe("2024-07-15T07:30:15.000Z");
    expect(iso("2024-07-15T09:30", BERLIN)).toBe("2024-07-15T07:30:00.000Z");
    expect(iso("2024-07-15", BERLIN)).toBe("2024-07-14T22:00:00.000Z");
    expect(iso("2024/07/15 09:30", BERLIN)).toBe("2024-07-15T07:30:00.000Z");
  });

  it("Europe/Berlin across the March 2024 change (02:00 CET → 03:00 CEST)", () => {
    expect(iso("2024-03-31 01:59", BERLIN)).toBe("2024-03-31T00:59:00.000Z");
    expect(iso("2024-03-31 03:00", BERLIN)).toBe("2024-03-31T01:00:00.000Z");
    // 02:30 never happened on that day: moved forward by the gap, to 03:30 CEST.
    expect(iso("2024-03-31 02:30", BERLIN)).toBe("2024-03-31T01:30:00.000Z");
    expect(iso("2024-03-30 12:00", BERLIN)).toBe("2024-03-30T11:00:00.000Z");
    expect(iso("2024-04-01 12:00", BERLIN)).toBe("2024-04-01T10:00:00.000Z");
  });

  it("Europe/Berlin at the October fall-back takes the first (summer-time) 02:30", () => {
    expect(iso("2024-10-27 02:30", BERLIN)).toBe("2024-10-27T00:30:00.000Z");
    expect(iso("2024-10-27 03:30", BERLIN)).toBe("2024-10-27T02:30:00.000Z");
    expect(iso("2024-10-27 01:30", BERLIN)).toBe("2024-10-26T23:30:00.000Z");
  });

  it("America/New_York: winter, summer and both changes of 2024", () => {
    expect(iso("2024-01-15 12:00", NY)).toBe("2024-01-15T17:00:00.000Z");
    expect(iso("2024-07-15 12:00", NY)).toBe("2024-07-15T16:00:00.000Z");
    expect(iso("2024-03-10 01:59", NY)).toBe("2024-03-10T06:59:00.000Z");
    expect(iso("2024-03-10 02:30", NY)).toBe("2024-03-10T07:30:00.000Z");
    expect(iso("2024-03-10 03:00", NY)).toBe("2024-03-10T07:00:00.000Z");
    expect(iso("2024-11-03 01:30", NY)).toBe("2024-11-03T05:30:00.000Z");
    expect(iso("2024-11-03 02:30", NY)).toBe("2024-11-03T07:30:00.000Z");
  });

  it("zones without DST and with half-hour offsets", () => {
    expect(iso("2024-07-15 12:00", "UTC")).toBe("2024-07-15T12:00:00.000Z");
    expect(iso("2024-07-15 12:00", "Asia/Kolkata")).toBe("2024-07-15T06:30:00.000Z");
    expect(iso("2024-07-15 12:00", "Australia/Sydney")).toBe("2024-07-15T02:00:00.000Z");
  });

  it("zonedWallToUtc is the inverse of the zone's clock outside transitions", () => {
    const wall = Date.UTC(2024, 5, 1, 8, 0, 0);
    expect(new Date(zonedWallToUtc(wall, BERLIN)).toISOString()).toBe("2024-06-01T06:00:00.000Z");
  });

  it("refuses an unknown time zone with a clear reason", () => {
    expect(reason("2024-01-15 09:30", "Mars/Olympus")).toMatch(/Unknown time zone "Mars\/Olympus"/);
  });
});

describe("day-first and month-first dates", () => {
  it("accepts them when only one reading is possible", () => {
    expect(iso("31/03/2024 14:05", BERLIN)).toBe("2024-03-31T12:05:00.000Z");
    expect(iso("03/31/2024", NY)).toBe("2024-03-31T04:00:00.000Z");
    expect(iso("12/25/2024 08:00:30", "UTC")).toBe("2024-12-25T08:00:30.000Z");
    expect(iso("5/5/2024", "UTC")).toBe("2024-05-05T00:00:00.000Z");
    expect(iso("13-01-2024 10:00", "UTC")).toBe("2024-01-13T10:00:00.000Z");
  });

  it("dotted dates are day-first", () => {
    expect(iso("03.04.2024 10:00", BERLIN)).toBe("2024-04-03T08:00:00.000Z");
  });

  it("refuses ambiguous ones, naming both readings", () => {
    const r = reason("03/04/2024 10:00", BERLIN);
    expect(r).toMatch(/ambiguous/);
    expect(r).toMatch(/3 April or 4 March/);
    expect(r).toMatch(/YYYY-MM-DD/);
    expect(reason("01-02-2024")).toMatch(/ambiguous/);
  });

  it("refuses impossible ones", () => {
    expect(reason("31/02/2024")).toMatch(/no day 31 in February/);
    expect(reason("13/13/2024")).toMatch(/no month 13/);
  });
});

describe("Unix times", () => {
  it("seconds, with or without a fraction, and milliseconds", () => {
    expect(iso("1700000000")).toBe("2023-11-14T22:13:20.000Z");
    expect(iso("1700000000.25")).toBe("2023-11-14T22:13:20.250Z");
    expect(iso("1700000000123")).toBe("2023-11-14T22:13:20.123Z");
  });

  it("refuses numbers that are neither", () => {
    expect(reason("12345")).toMatch(/not a Unix time/);
    expect(reason("17000000001")).toMatch(/not a Unix time/);
    expect(reason("1700000000123.5")).toMatch(/not a Unix time/);
  });
});

describe("everything else", () => {
  it("refuses empty and free text", () => {
    expect(reason("   ")).toMatch(/empty/);
    expect(reason("yesterday")).toMatch(/not a date format/);
    expect(reason("March 3rd, 2024")).toMatch(/not a date format/);
    expect(reason("2024-03-31T14:05:00 PST")).toMatch(/not a date format/);
  });

  it("trims surrounding spaces", () => {
    expect(iso("  2024-03-31T14:05:00Z \n")).toBe("2024-03-31T14:05:00.000Z");
  });
});
