// What an uploaded evidence file really is, read from its first bytes, never from its name or the
// browser's claimed type. A file whose contents do not match its name is refused. Pure.

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export type EvidenceFileKind = "pdf" | "png" | "jpg" | "webp" | "csv" | "txt";

export const EVIDENCE_MIME: Record<EvidenceFileKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};

const BY_EXTENSION: Record<string, EvidenceFileKind> = { pdf: "pdf", png: "png", jpg: "jpg", jpeg: "jpg", webp: "webp", csv: "csv", txt: "txt" };

export const ACCEPTED_EXTENSIONS = ".pdf,.png,.jpg,.jpeg,.webp,.csv,.txt";
export const ACCEPTED_DESCRIPTION = "PDF, PNG, JPG, WebP, CSV or TXT, up to 10 MB";

type Sniffed = "pdf" | "png" | "jpg" | "webp" | "text" | "binary";

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

export function sniff(bytes: Uint8Array): Sniffed {
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts(bytes, [0xff, 0xd8, 0xff])) return "jpg";
  if (starts(bytes, [0x52, 0x49, 0x46, 0x46]) && starts(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "webp"; // RIFF….WEBP
  return looksLikeText(bytes) ? "text" : "binary";
}

// Text has no control characters other than tab, line breaks and form feed: executables,
// archives, office files and images all have them in their first bytes. UTF-8 and single-byte
// encodings (an old Windows CSV export) pass; UTF-16 (full of NUL bytes) does not.
function looksLikeText(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x7f || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d)) return false;
  }
  return true;
}

const DESCRIBE: Record<Sniffed, string> = {
  pdf: "a PDF",
  png: "a PNG image",
  jpg: "a JPEG image",
  webp: "a WebP image",
  text: "plain text",
  binary: "a binary file of another kind",
};

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

export type FileCheck = { ok: true; kind: EvidenceFileKind; mime: string } | { ok: false; reason: string };

export function checkEvidenceFile(name: string, bytes: Uint8Array): FileCheck {
  if (bytes.byteLength === 0) return { ok: false, reason: "The file is empty." };
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return { ok: false, reason: "The file is larger than 10 MB. Upload a smaller file, or link to it instead." };
  const kind = BY_EXTENSION[extensionOf(name)];
  if (!kind) return { ok: false, reason: `Upload a ${ACCEPTED_DESCRIPTION.replace(", up to 10 MB", "")} file.` };
  const actual = sniff(bytes);
  const expected: Sniffed = kind === "csv" || kind === "txt" ? "text" : kind;
  if (actual !== expected) {
    return { ok: false, reason: `This file is named .${extensionOf(name)} but its contents are ${DESCRIBE[actual]}. Upload the real file; renamed files are refused.` };
  }
  return { ok: true, kind, mime: EVIDENCE_MIME[kind] };
}

// The name shown and used for the download: the last path segment, no control characters or
// quotes, bounded.
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(0, 200);
  return clean || "evidence";
}
