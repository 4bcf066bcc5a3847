// An uploaded file's bytes → the UTF-8 text that is stored and imported. Decoding happens once, on
// upload (UTF-8 with or without BOM, UTF-16, Windows-1252), so the runner streams plain UTF-8. Pure.
import { parse } from "csv-parse/sync";
import { decodeCsvBytes, detectDelimiter } from "@/lib/feedback/csv-mapping";

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const SNIFF_CHARS = 64 * 1024;

export type PreparedFile = { text: string; delimiter: string; headers: string[]; dataRows: number };

export function prepareImportFile(bytes: Uint8Array): { ok: true; value: PreparedFile } | { ok: false; reason: string } {
  if (bytes.byteLength === 0) return { ok: false, reason: "The file is empty." };
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, reason: "The file is larger than 50 MB; split it into smaller files." };
  const text = decodeCsvBytes(bytes).replace(/^\uFEFF/, "");
  if (text.includes("\0")) return { ok: false, reason: "This looks like a binary file (a spreadsheet?). Save it as CSV and upload that." };
  const delimiter = detectDelimiter(text.slice(0, SNIFF_CHARS));
  const records = countCsvRecords(text, delimiter);
  if (records === 0) return { ok: false, reason: "The file is empty." };
  const headers = readHeader(text, delimiter);
  if (headers.every((h) => h === "")) return { ok: false, reason: "The first row of the file (the header) is empty." };
  if (records === 1) return { ok: false, reason: "The file has a header row but no rows under it." };
  return { ok: true, value: { text, delimiter, headers, dataRows: records - 1 } };
}

// The first record, read as the importer reads it.
export function readHeader(text: string, delimiter: string): string[] {
  try {
    const [first] = parse(text.slice(0, 1024 * 1024), {
      delimiter, to: 1, bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true,
    }) as string[][];
    return (first ?? []).map((h) => h.trim());
  } catch {
    return [];
  }
}

// Records in CSV text, header included, reading quotes the way the importer does (a quote opens a
// quoted cell only at the start of a cell; "" inside is a literal quote) and skipping empty lines.
// Used for the progress bar's total before the import runs; the runner's own count is final.
export function countCsvRecords(text: string, delimiter = ","): number {
  const QUOTE = 34, CR = 13, LF = 10;
  const delim = delimiter.charCodeAt(0);
  let records = 0;
  let inQuotes = false;
  let atCellStart = true;
  let lineHasContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === LF || c === CR) {
      if (lineHasContent) records++;
      lineHasContent = false;
      atCellStart = true;
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      continue;
    }
    lineHasContent = true;
    if (c === delim) atCellStart = true;
    else {
      if (c === QUOTE && atCellStart) inQuotes = true;
      atCellStart = false;
    }
  }
  if (lineHasContent || inQuotes) records++;
  return records;
}

// The name as shown and downloaded: the last path segment, no control characters, bounded.
export function displayFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return clean || "import.csv";
}
