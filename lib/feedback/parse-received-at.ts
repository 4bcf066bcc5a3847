// Reads the "received at" cell of an imported feedback file. Exports from listening tools disagree
// on date formats, and a wrong guess silently moves a complaint by hours (SLA clocks) or months
// (03/04 read the wrong way round), so anything ambiguous is refused with a reason instead.
// Returns a Date, or a string saying why the value was refused.

const MIN_YEAR = 1970;
const MAX_YEAR = 2200;

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const YEAR_FIRST_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function checkWall(w: Wall): string | null {
  if (w.year < MIN_YEAR || w.year > MAX_YEAR) return `year ${w.year} is outside ${MIN_YEAR}–${MAX_YEAR}`;
  if (w.month < 1 || w.month > 12) return `there is no month ${w.month}`;
  if (w.day < 1 || w.day > daysInMonth(w.year, w.month)) return `there is no day ${w.day} in ${MONTHS[w.month - 1]} ${w.year}`;
  if (w.hour > 23 || w.minute > 59 || w.second > 59) return "the time of day is out of range";
  return null;
}

const wallAsUtc = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);

const formatters = new Map<string, Intl.DateTimeFormat>();

// Throws RangeError for a zone name Intl does not know.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// The zone's offset from UTC at an instant, in ms: the wall clock Intl shows there, read as if UTC,
// minus the instant itself.
export function zoneOffsetMs(timeZone: string, epochMs: number): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(whole))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - whole;
}

// Wall-clock time in a zone → instant, resolving DST like Temporal's "compatible" disambiguation:
// a time skipped by spring-forward moves forward by the gap (02:30 → 03:30), and a time that occurs
// twice at fall-back takes the first occurrence (the summer-time one). The offsets a day before and
// after bracket any transition near the wall time; no real zone changes offset twice within a day.
export function zonedWallToUtc(wallUtcMs: number, timeZone: string): number {
  const before = zoneOffsetMs(timeZone, wallUtcMs - 86_400_000);
  const after = zoneOffsetMs(timeZone, wallUtcMs + 86_400_000);
  const candidates = [...new Set([wallUtcMs - before, wallUtcMs - after])]
    .filter((t) => t + zoneOffsetMs(timeZone, t) === wallUtcMs)
    .sort((a, b) => a - b);
  return candidates.length ? candidates[0] : wallUtcMs - before;
}

function fromWall(w: Wall, timeZone: string, original: string): Date | string {
  const problem = checkWall(w);
  if (problem) return `"${original}" is not a valid date: ${problem}.`;
  return new Date(zonedWallToUtc(wallAsUtc(w), timeZone));
}

function parseUnix(v: string): Date | string {
  // 9–10 digits are seconds (1973–2286), 12–13 are milliseconds; 11 digits could be either.
  const [whole] = v.split(".");
  if (whole.length >= 9 && whole.length <= 10) return new Date(Math.round(Number(v) * 1000));
  if (whole.length >= 12 && whole.length <= 13 && !v.includes(".")) return new Date(Number(v));
  return `"${v}" is a number but not a Unix time in seconds (10 digits) or milliseconds (13 digits).`;
}

function parseIso(m: RegExpMatchArray, v: string, timeZone: string): Date | string {
  const w: Wall = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    ms: Number((m[7] ?? "0").padEnd(3, "0").slice(0, 3)),
  };
  const zone = m[8];
  if (!zone) return fromWall(w, timeZone, v);
  const problem = checkWall(w);
  if (problem) return `"${v}" is not a valid date: ${problem}.`;
  if (zone.toUpperCase() === "Z") return new Date(wallAsUtc(w));
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || 0);
  if (hours > 14 || minutes > 59) return `"${v}" has an impossible UTC offset ${zone}.`;
  return new Date(wallAsUtc(w) - sign * (hours * 60 + minutes) * 60_000);
}

function parseYearLast(m: RegExpMatchArray, v: string, timeZone: string): Date | string {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const time = { hour: Number(m[5] ?? 0), minute: Number(m[6] ?? 0), second: Number(m[7] ?? 0), ms: 0 };
  const year = Number(m[4]);
  // Dotted dates (31.03.2024) are day-first wherever they are written; slashes and dashes are
  // day-first in Europe and month-first in the US, so they pass only when one reading is impossible.
  let day: number;
  let month: number;
  if (m[2] === "." || a > 12 || a === b) [day, month] = [a, b];
  else if (b > 12) [day, month] = [b, a];
  else {
    return (
      `"${v}" is ambiguous: it could be ${a} ${MONTHS[b - 1]} or ${b} ${MONTHS[a - 1]}. ` +
      "Use YYYY-MM-DD (for example 2024-03-31 14:05) in the file."
    );
  }
  return fromWall({ year, month, day, ...time }, timeZone, v);
}

export function parseReceivedAt(value: string, defaultTimeZone: string): Date | string {
  const v = value.trim();
  if (!v) return "The date is empty.";
  try {
    formatterFor(defaultTimeZone);
  } catch {
    return `Unknown time zone "${defaultTimeZone}"; use an IANA name such as Europe/Berlin.`;
  }
  if (/^\d+(\.\d+)?$/.test(v)) return parseUnix(v);
  const iso = v.match(ISO);
  if (iso) return parseIso(iso, v, defaultTimeZone);
  const ymd = v.match(YEAR_FIRST_SLASH);
  if (ymd) {
    const n = (i: number) => Number(ymd[i] ?? 0);
    return fromWall({ year: n(1), month: n(2), day: n(3), hour: n(4), minute: n(5), second: n(6), ms: 0 }, defaultTimeZone, v);
  }
  const yearLast = v.match(YEAR_LAST);
  if (yearLast) return parseYearLast(yearLast, v, defaultTimeZone);
  return `"${v}" is not a date format we read: use ISO 8601 (2024-03-31T14:05:00Z), "YYYY-MM-DD HH:mm", or a Unix time.`;
}
