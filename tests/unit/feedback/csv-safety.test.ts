import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutralizeCell, toCsv } from "@/lib/feedback/csv-safety";

describe("neutralizeCell", () => {
  it.each(["=1+1", "+33 6 12", "-2", "@SUM(A1)", "\t=cmd", "\r=cmd", "\0x", "＝HYPERLINK(1)", "=HYPERLINK(\"https://evil.example\",\"refund\")"])(
    "prefixes %j",
    (value) => {
      expect(neutralizeCell(value)).toBe(`'${value}`);
    },
  );

  it.each(["", "Charged twice", " =not first", "1+1", "a=b", "'already text", "email me@example.com", "€12"])("leaves %j", (value) => {
    expect(neutralizeCell(value)).toBe(value);
  });
});

describe("toCsv", () => {
  it("writes plain cells, numbers and nulls with CRLF record ends", () => {
    expect(toCsv([["id", "text", "score"], ["a1", "Fine", 0.5], ["a2", null, -1]])).toBe("id,text,score\r\na1,Fine,0.5\r\na2,,-1\r\n");
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(toCsv([['He said "twice", really', "line1\nline2", "a\r\nb"]])).toBe('"He said ""twice"", really","line1\nline2","a\r\nb"\r\n');
  });

  it("neutralizes formulas in string cells but not real numbers", () => {
    expect(toCsv([["=1+1", -5, "-5", "@x,y"]])).toBe(`'=1+1,-5,'-5,"'@x,y"\r\n`);
  });

  it("non-finite numbers become empty cells", () => {
    expect(toCsv([[Number.NaN, Number.POSITIVE_INFINITY, 0]])).toBe(",,0\r\n");
  });

  it("no rows → empty string; empty row → an empty record", () => {
    expect(toCsv([])).toBe("");
    expect(toCsv([[]])).toBe("\r\n");
  });

  it("optional BOM for Excel", () => {
    expect(toCsv([["é"]], { bom: true })).toBe("\uFEFFé\r\n");
  });

  it("round-trips through a real CSV parser", () => {
    const rows = [
      ["text", "author"],
      ['Refund "soon", they said.\nStill waiting.', "Zoë, from Köln"],
      ["=cmd|' /C calc'!A0", "@attacker"],
    ];
    const parsed = parse(toCsv(rows), { bom: true }) as string[][];
    expect(parsed).toEqual([rows[0], rows[1], ["'=cmd|' /C calc'!A0", "'@attacker"]]);
  });
});
