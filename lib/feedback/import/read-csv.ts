import "server-only";
import { pipeline } from "node:stream";
import { parse, type CsvError } from "csv-parse";
import { detectDelimiter } from "@/lib/feedback/csv-mapping";
import { readStart, storage } from "@/lib/storage";
import { SNIFF_CHARS } from "@/lib/feedback/import/prepare-file";

// Streams the records of a stored import file (UTF-8, decoded on upload). Quotes are read leniently
// (a stray quote inside an unquoted cell is text, as spreadsheets write it); what remains fatal is a
// quoted cell that never closes, which would swallow the rest of the file.
export const MAX_RECORD_CHARS = 1_000_000;

export async function sniffDelimiter(key: string): Promise<string> {
  const head = await readStart(storage, key, SNIFF_CHARS * 4);
  return detectDelimiter(head.toString("utf8").slice(0, SNIFF_CHARS));
}

export type CsvRecord = { record: string[]; raw: string };

export type OpenCsv = { records: AsyncIterable<CsvRecord>; delimiter: string; destroy(): void };

export async function openCsv(key: string): Promise<OpenCsv> {
  const delimiter = await sniffDelimiter(key);
  const source = await storage.get(key);
  const parser = parse({
    delimiter,
    bom: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    // Empty lines arrive as blank records, so the reader can count lines from the raw text
    // (cheaper than csv-parse's per-record info) and skips them itself.
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  // pipeline closes the file when parsing stops early or fails; errors reach the reader through the parser.
  pipeline(source, parser, () => {});
  return { records: parser as AsyncIterable<CsvRecord>, delimiter, destroy: () => parser.destroy() };
}

// A plain sentence for a file csv-parse cannot read, with the line it stopped at.
export function describeCsvError(error: unknown): string | null {
  const e = error as Partial<CsvError> & { code?: string; lines?: number };
  if (!e || typeof e.code !== "string" || !e.code.startsWith("CSV_")) return null;
  // csv-parse reports the line where reading stopped, which for an unclosed quote is past its start.
  const at = typeof e.lines === "number" ? ` (reading stopped at line ${e.lines})` : "";
  if (e.code === "CSV_QUOTE_NOT_CLOSED") {
    return `A quoted cell is never closed${at}, so the rest of the file cannot be read. Fix the quote and upload the file again.`;
  }
  if (e.code === "CSV_MAX_RECORD_SIZE") {
    return `A row is longer than ${MAX_RECORD_CHARS.toLocaleString("en")} characters${at}, usually because a quote is never closed. Fix the file and upload it again.`;
  }
  return `The file cannot be read as CSV${at}: ${e.message ?? e.code}.`;
}

export type Preview = { headers: string[]; rows: string[][]; delimiter: string };

// The header and the first rows, for the mapping form.
export async function readPreview(key: string, rows = 8): Promise<Preview> {
  const csv = await openCsv(key);
  const out: string[][] = [];
  let headers: string[] | null = null;
  try {
    for await (const { record } of csv.records) {
      if (record.every((cell) => cell.trim() === "")) continue;
      if (!headers) headers = record.map((h) => h.trim());
      else out.push(record);
      if (out.length >= rows) break;
    }
  } catch (error) {
    // A preview shows what could be read; the import itself reports the error with its line.
    if (!headers || !describeCsvError(error)) throw error;
  } finally {
    csv.destroy();
  }
  return { headers: headers ?? [], rows: out, delimiter: csv.delimiter };
}
