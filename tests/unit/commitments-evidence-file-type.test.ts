import { describe, expect, it } from "vitest";
import { checkEvidenceFile, MAX_EVIDENCE_BYTES, safeFileName, sniff } from "@/lib/evidence/file-type";

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));
const PDF = bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR");
const JPG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF");
const WEBP = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ");
const EXE = bytes("MZ", [0x90, 0, 3, 0, 0, 0]);
const ZIP = bytes("PK", [3, 4, 20, 0, 0, 0]);

describe("evidence file types, from the bytes", () => {
  it("recognizes the accepted types by their magic bytes", () => {
    expect(sniff(PDF)).toBe("pdf");
    expect(sniff(PNG)).toBe("png");
    expect(sniff(JPG)).toBe("jpg");
    expect(sniff(WEBP)).toBe("webp");
    expect(sniff(bytes("date,refunds\n2026-03-12,18400\n"))).toBe("text");
    expect(sniff(bytes("Café crème, 12 €", [0xe9]))).toBe("text");
    expect(sniff(EXE)).toBe("binary");
    expect(sniff(ZIP)).toBe("binary");
  });

  it("accepts a file whose contents match its name, with the right type", () => {
    expect(checkEvidenceFile("report.pdf", PDF)).toEqual({ ok: true, kind: "pdf", mime: "application/pdf" });
    expect(checkEvidenceFile("Screenshot.PNG", PNG)).toMatchObject({ ok: true, kind: "png", mime: "image/png" });
    expect(checkEvidenceFile("photo.jpeg", JPG)).toMatchObject({ ok: true, kind: "jpg", mime: "image/jpeg" });
    expect(checkEvidenceFile("chart.webp", WEBP)).toMatchObject({ ok: true, mime: "image/webp" });
    expect(checkEvidenceFile("refunds.csv", bytes("a,b\n1,2\n"))).toMatchObject({ ok: true, mime: "text/csv; charset=utf-8" });
    expect(checkEvidenceFile("notes.txt", bytes("\uFEFFAll refunds sent.\r\n"))).toMatchObject({ ok: true, mime: "text/plain; charset=utf-8" });
  });

  it("refuses a file disguised by its name", () => {
    expect(checkEvidenceFile("invoice.pdf", EXE)).toMatchObject({ ok: false, reason: expect.stringMatching(/named \.pdf but its contents are a binary file/) });
    expect(checkEvidenceFile("chart.png", PDF)).toMatchObject({ ok: false, reason: expect.stringMatching(/a PDF/) });
    expect(checkEvidenceFile("notes.txt", PNG)).toMatchObject({ ok: false, reason: expect.stringMatching(/a PNG image/) });
    expect(checkEvidenceFile("data.csv", ZIP)).toMatchObject({ ok: false });
    expect(checkEvidenceFile("report.pdf", bytes("<html><script>alert(1)</script></html>"))).toMatchObject({ ok: false, reason: expect.stringMatching(/plain text/) });
  });

  it("refuses other types, empty files and files over 10 MB", () => {
    expect(checkEvidenceFile("page.html", bytes("<html></html>"))).toMatchObject({ ok: false, reason: expect.stringMatching(/PDF, PNG, JPG, WebP, CSV or TXT/) });
    expect(checkEvidenceFile("logo.svg", bytes("<svg/>"))).toMatchObject({ ok: false });
    expect(checkEvidenceFile("noextension", PDF)).toMatchObject({ ok: false });
    expect(checkEvidenceFile("empty.pdf", new Uint8Array())).toMatchObject({ ok: false, reason: "The file is empty." });
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(PDF);
    expect(checkEvidenceFile("big.pdf", big)).toMatchObject({ ok: false, reason: expect.stringMatching(/10 MB/) });
  });

  it("keeps a safe download name", () => {
    expect(safeFileName("C:\\Users\\pat\\report \"final\".pdf")).toBe("report final.pdf");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("")).toBe("evidence");
  });
});
