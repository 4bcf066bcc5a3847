// How the dashboard, the board report and its PDF write their figures: one set of functions, so
// the three always show the same text. Pure. A figure without data says so; it is never 0 or 100.
import { formatDuration } from "@/lib/shared/format";

export const NO_DATA = "no data yet";

export const formatIndex = (v: number | null) => (v === null ? NO_DATA : String(v));
export const formatShare = (share: number | null, none = NO_DATA) => (share === null ? none : `${Math.round(share * 100)}%`);
export const formatMinutes = (m: number | null, none = "no replies yet") => (m === null ? none : formatDuration(m));
export const formatCount = (n: number) => n.toLocaleString("en-GB");

const signed = (n: number) => (n > 0 ? `up ${formatCount(n)}` : `down ${formatCount(-n)}`);

// "up 5 points from 52 a week ago" / "no change from a week ago" / "" (nothing to compare with).
// `suffix` follows the earlier value ("from 52%").
export function pointsChange(now: number | null, before: number | null, suffix = ""): string {
  if (now === null || before === null) return "";
  const d = Math.round(now - before);
  return d === 0 ? "no change from a week ago" : `${signed(d)} point${Math.abs(d) === 1 ? "" : "s"} from ${before}${suffix} a week ago`;
}

export function countChange(now: number, before: number | null, what = "the week before"): string {
  if (before === null) return "";
  const d = now - before;
  return d === 0 ? `same as ${what}` : `${signed(d)} from ${formatCount(before)} ${what}`;
}

export function shareChange(now: number | null, before: number | null, what = "the week before"): string {
  if (now === null || before === null) return "";
  const d = Math.round(now * 100) - Math.round(before * 100);
  return d === 0 ? `same as ${what}` : `${signed(d)} point${Math.abs(d) === 1 ? "" : "s"} from ${Math.round(before * 100)}% ${what}`;
}

export function minutesChange(now: number | null, before: number | null): string {
  if (now === null || before === null) return "";
  const d = Math.round(now) - Math.round(before);
  if (d === 0) return "same as the week before";
  return `${d < 0 ? "faster" : "slower"} by ${formatDuration(Math.abs(d))} than the week before (${formatDuration(before)})`;
}
