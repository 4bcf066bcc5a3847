import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { countCsvRecords, displayFileName, MAX_IMPORT_BYTES, prepareImportFile, readHeader } from "@/lib/feedback/import/prepare-file";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("prepareImportFile", () => {
  it("decodes, detects the delimiter, reads the header and counts the rows", () => {
    const r = prepareImportFile(bytes("\uFEFFNachricht;Datum\n\"Zweimal, abgebucht\";2024-03-01\nNoch da;2024-03-02\n"));
    expect(r).toEqual({
      ok: true,
      value: { text: "Nachricht;Datum\n\"Zweimal, abgebucht\";2024-03-01\nNoch da;2024-03-02\n", delimiter: ";", headers: ["Nachricht", "Datum"], dataRows: 2 },
    });
  });

  it("reads Windows-1252 and UTF-16 exports", () => {
    const cp1252 = Uint8Array.from([...bytes("text\nCaf"), 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x0a]);
    expect(prepareImportFile(cp1252)).toMatchObject({ ok: true, value: { text: "text\nCafé “ok”\n" } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("text\tdate\nhello\t2024\n", "utf16le")]);
    expect(prepareImportFile(utf16)).toMatchObject({ ok: true, value: { delimiter: "\t", headers: ["text", "date"], dataRows: 1 } });
  });

  it.each([
    ["an empty file", bytes(""), /empty/],
    ["blank lines only", bytes("\n\n\r\n"), /empty/],
    ["a header without rows", bytes("text,date\n"), /no rows/],
    ["a binary file", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a]), /binary/],
  ])("refuses %s with a reason", (_label, input, reason) => {
    const r = prepareImportFile(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it("refuses more than 50 MB", () => {
    const r = prepareImportFile(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/50 MB/) });
  });
});

describe("countCsvRecords", () => {
  it("counts records, not lines: quoted line breaks, CRLF, blank lines and a missing final newline", () => {
    expect(countCsvRecords('a,b\r\n"one\r\ntwo",x\r\n\r\n3,"say ""hi"""\n4,y')).toBe(4);
    expect(countCsvRecords("a;b\n1;\"x;y\"\n", ";")).toBe(2);
  });

  it("reads a quote inside an unquoted cell as text, as the importer does", () => {
    expect(countCsvRecords('text\nhe said "no\nnext\n')).toBe(3);
  });

  it("agrees with csv-parse on generated files", () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom("a", " ", ",", '"', "\n", "é") }), fc.constant(""));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((r) => r.map((c) => (/[",\n]/.test(c) || c === "" ? `"${c.replaceAll('"', '""')}"` : c)).join(",")).join("\n");
        const parsed = parse(text, { relax_quotes: true, relax_column_count: true, skip_empty_lines: true });
        expect(countCsvRecords(text)).toBe(parsed.length);
      }),
    );
  });
});

describe("readHeader and displayFileName", () => {
  it("reads a header whose names are quoted or contain line breaks", () => {
    expect(readHeader('"Review\nBody", Date \n1,2\n', ",")).toEqual(["Review\nBody", "Date"]);
  });

  it("keeps the last path segment without control characters", () => {
    expect(displayFileName("C:\\Users\\me\\Downloads\\export.csv")).toBe("export.csv");
    expect(displayFileName("../../etc/passwd")).toBe("passwd");
    expect(displayFileName("bad\u0007name\r\n.csv")).toBe("badname.csv");
    expect(displayFileName("")).toBe("import.csv");
  });
});
