// Arguments of `npm run themes:suggest`. Pure: a bad argument is a reason string (exit code 2).
import { parseArgs } from "node:util";
import { THEME_TEXT_LIMIT_DEFAULT } from "@/lib/learn/limits";

export const SUGGEST_USAGE =
  `Usage: npm run -s themes:suggest -- --org SLUG --campaign SLUG [--limit N] [--max N]\n` +
  `  --limit  how many of the most recent negative items to read (default and maximum ${THEME_TEXT_LIMIT_DEFAULT})\n` +
  `  --max    at most this many suggestions (default 8, maximum 30)`;

export type SuggestArgs = { org: string; campaign: string; limit: number; max: number };

export function parseSuggestArgs(argv: string[]): { ok: true; value: SuggestArgs } | { ok: false; reason: string } | { ok: "help" } {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: { org: { type: "string" }, campaign: { type: "string" }, limit: { type: "string" }, max: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { ok: "help" };
  const missing = ["org", "campaign"].filter((k) => typeof values[k] !== "string" || (values[k] as string).trim() === "");
  if (missing.length) return { ok: false, reason: `Missing ${missing.map((m) => `--${m}`).join(", ")}.` };
  const int = (name: string, fallback: number, max: number): number | string => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    return Number.isInteger(n) && n >= 1 && n <= max ? n : `--${name} must be a whole number from 1 to ${max}.`;
  };
  const limit = int("limit", THEME_TEXT_LIMIT_DEFAULT, THEME_TEXT_LIMIT_DEFAULT);
  if (typeof limit === "string") return { ok: false, reason: limit };
  const max = int("max", 8, 30);
  if (typeof max === "string") return { ok: false, reason: max };
  return { ok: true, value: { org: (values.org as string).trim(), campaign: (values.campaign as string).trim(), limit, max } };
}
