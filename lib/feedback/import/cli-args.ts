// Arguments of `npm run feedback:import` and `npm run feedback:export`. Pure: a bad argument is a
// reason string (the scripts print it and exit with code 2).
import { parseArgs } from "node:util";
import { parseMappingArg, type CsvMapping } from "@/lib/feedback/csv-mapping";
import { isTimeZone } from "@/lib/feedback/import/settings";

export const IMPORT_USAGE =
  "Usage: npm run -s feedback:import -- --org SLUG --campaign SLUG --file FILE.csv [--map field=column,...] [--tz Europe/Berlin]\n" +
  "  fields: text, author, url, receivedAt, externalId, channel (channel=const:SOCIAL sets one channel for every row)\n" +
  "  without --map the columns are guessed from the header; --tz is the zone of dates without an offset (default UTC)";

export const EXPORT_USAGE = "Usage: npm run -s feedback:export -- --org SLUG --campaign SLUG [--bom] > feedback.csv";

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string } | { ok: "help" };

export type ImportArgs = { org: string; campaign: string; file: string; mapping: CsvMapping | null; timeZone: string };
export type ExportArgs = { org: string; campaign: string; bom: boolean };

function read<T extends Record<string, { type: "string" | "boolean" }>>(argv: string[], options: T) {
  try {
    return { ok: true as const, values: parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: false }).values };
  } catch (error) {
    return { ok: false as const, reason: error instanceof Error ? error.message : String(error) };
  }
}

const required = (values: Record<string, unknown>, names: string[]) => {
  const missing = names.filter((n) => typeof values[n] !== "string" || (values[n] as string).trim() === "");
  return missing.length ? `Missing ${missing.map((n) => `--${n}`).join(", ")}.` : null;
};

export function parseImportArgs(argv: string[]): Parsed<ImportArgs> {
  const r = read(argv, { org: { type: "string" }, campaign: { type: "string" }, file: { type: "string" }, map: { type: "string" }, tz: { type: "string" } });
  if (!r.ok) return r;
  const v = r.values as Record<string, string | boolean | undefined>;
  if (v.help) return { ok: "help" };
  const missing = required(v, ["org", "campaign", "file"]);
  if (missing) return { ok: false, reason: missing };
  let mapping: CsvMapping | null = null;
  if (typeof v.map === "string") {
    const parsed = parseMappingArg(v.map);
    if (!parsed.ok) return { ok: false, reason: `--map: ${parsed.reason}` };
    mapping = parsed.value;
  }
  const timeZone = typeof v.tz === "string" ? v.tz.trim() : "UTC";
  if (!isTimeZone(timeZone)) return { ok: false, reason: `--tz: unknown time zone "${timeZone}"; use an IANA name such as Europe/Berlin.` };
  return { ok: true, value: { org: (v.org as string).trim(), campaign: (v.campaign as string).trim(), file: v.file as string, mapping, timeZone } };
}

export function parseExportArgs(argv: string[]): Parsed<ExportArgs> {
  const r = read(argv, { org: { type: "string" }, campaign: { type: "string" }, bom: { type: "boolean" } });
  if (!r.ok) return r;
  const v = r.values as Record<string, string | boolean | undefined>;
  if (v.help) return { ok: "help" };
  const missing = required(v, ["org", "campaign"]);
  if (missing) return { ok: false, reason: missing };
  return { ok: true, value: { org: (v.org as string).trim(), campaign: (v.campaign as string).trim(), bom: v.bom === true } };
}
