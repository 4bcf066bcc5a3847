// Arguments of `npm run org:export` and `npm run org:import`. Pure: a bad argument is a reason
// string (the scripts print it and exit with code 2).
import path from "node:path";
import { parseArgs } from "node:util";

export const ORG_EXPORT_USAGE =
  "Usage: npm run -s org:export -- --org SLUG [--out DIR_OR_FILE]\n" +
  "  writes exports/kintsugi-org-SLUG-<time>.jsonl (or into DIR, or to FILE; a name ending in .gz is gzipped)";
export const ORG_IMPORT_USAGE = "Usage: npm run -s org:import -- --file EXPORT.jsonl[.gz]   (into an instance that holds none of its records)";

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string } | { ok: "help" };

function read(argv: string[], names: string[]) {
  try {
    const options = Object.fromEntries([...names.map((n) => [n, { type: "string" as const }]), ["help", { type: "boolean" as const, short: "h" }]]);
    return { ok: true as const, values: parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined> };
  } catch (error) {
    return { ok: false as const, reason: error instanceof Error ? error.message : String(error) };
  }
}

const text = (v: string | boolean | undefined) => (typeof v === "string" ? v.trim() : "");

export function parseOrgExportArgs(argv: string[]): Parsed<{ org: string; out: string | null }> {
  const r = read(argv, ["org", "out"]);
  if (!r.ok) return r;
  if (r.values.help) return { ok: "help" };
  if (!text(r.values.org)) return { ok: false, reason: "Missing --org." };
  return { ok: true, value: { org: text(r.values.org), out: text(r.values.out) || null } };
}

export function parseOrgImportArgs(argv: string[]): Parsed<{ file: string }> {
  const r = read(argv, ["file"]);
  if (!r.ok) return r;
  if (r.values.help) return { ok: "help" };
  if (!text(r.values.file)) return { ok: false, reason: "Missing --file." };
  return { ok: true, value: { file: text(r.values.file) } };
}

// Where the export goes: a directory (existing, or named with a trailing slash) gets a timestamped
// file; anything else is the file itself.
export function exportTarget(out: string | null, slug: string, now: Date, isDirectory: (p: string) => boolean): string {
  const name = `kintsugi-org-${slug}-${now.toISOString().replace(/[:.]/g, "-")}.jsonl`;
  const dir = out ?? "exports";
  if (out === null || out.endsWith("/") || isDirectory(out)) return path.join(dir, name);
  return out;
}
