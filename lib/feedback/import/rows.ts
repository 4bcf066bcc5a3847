// From a parsed CSV record to what mapRow and ingestFeedback take. Pure.
import { FEEDBACK_FIELDS, type CsvMapping, type MappedRow } from "@/lib/feedback/csv-mapping";
import type { IncomingFeedback } from "@/lib/feedback/ingest";

const loose = (s: string) => s.trim().toLowerCase();

// For each column the mapping names, its index in the header (exact name first, then ignoring case
// and surrounding spaces, as mapRow does). Columns the file lacks are left out: see missingColumns.
export function columnIndexes(mapping: CsvMapping, headers: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const field of FEEDBACK_FIELDS) {
    const source = mapping[field];
    if (typeof source !== "string" || out.has(source)) continue;
    let index = headers.indexOf(source);
    if (index < 0) index = headers.findIndex((h) => loose(h) === loose(source));
    if (index >= 0) out.set(source, index);
  }
  return out;
}

export type RecordCheck = { ok: true; row: Record<string, string> } | { ok: false; reason: string } | { ok: "blank" };

// Only the mapped cells are copied into the row object, keyed as the mapping names them, so mapRow
// reads them directly. A record with more non-empty cells than the header usually means a cell with
// an unquoted delimiter: its cells are shifted, so it is refused rather than guessed at.
export function recordToRow(record: string[], headerCount: number, indexes: Map<string, number>): RecordCheck {
  if (record.every((cell) => cell.trim() === "")) return { ok: "blank" };
  if (record.length > headerCount) {
    const extra = record.slice(headerCount).filter((cell) => cell.trim() !== "").length;
    if (extra > 0) {
      return {
        ok: false,
        reason: `This row has ${headerCount + extra} cells but the header has ${headerCount}: a cell probably contains the delimiter without quotes.`,
      };
    }
  }
  const row: Record<string, string> = {};
  for (const [name, index] of indexes) row[name] = record[index] ?? "";
  return { ok: true, row };
}

// "@maria_k" is a handle; anything else a name.
export function toIncoming(mapped: MappedRow): IncomingFeedback {
  const author = mapped.author?.trim();
  const isHandle = !!author && /^@\S+$/.test(author);
  return {
    text: mapped.text,
    channel: mapped.channel,
    receivedAt: mapped.receivedAt,
    externalId: mapped.externalId ?? null,
    authorName: author && !isHandle ? author : null,
    authorHandle: isHandle ? author : null,
    url: mapped.url ?? null,
  };
}

// What a rejected row keeps of its raw text: enough to fix it, never unbounded.
export const MAX_RAW_CHARS = 20_000;
export function rawForRejection(raw: string | undefined): string {
  const trimmed = (raw ?? "").replace(/\r?\n$/, "");
  return trimmed.length > MAX_RAW_CHARS ? `${trimmed.slice(0, MAX_RAW_CHARS)}…` : trimmed;
}
