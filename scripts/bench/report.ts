// The report: a markdown table on stdout (ready for the README's Performance section) and the
// whole run as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Measurement } from "./measurement";
import { round } from "./stats";

const fmt = (n: number | null, unit = "") => {
  if (n === null || !Number.isFinite(n)) return "—";
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  return `${round(n, digits).toLocaleString("en")}${unit ? ` ${unit}` : ""}`;
};

// Notes (rows per second, p90/p99, what failed) are numbered under the table to keep it narrow.
export function table(measurements: Measurement[]): string {
  const lines = ["| measurement | database | value | baseline | ratio | target | result |", "|---|---|---|---|---|---|---|"];
  const notes: string[] = [];
  for (const m of measurements) {
    const result = m.unavailable ? "not available yet" : m.value === null ? "error" : m.pass === null ? "info" : m.pass ? "pass" : "**FAIL**";
    const baseline = m.baseline === null ? "—" : `${fmt(m.baseline, m.unit)} (${m.baselineName})`;
    let value = m.value === null ? "—" : fmt(m.value, m.unit);
    if (m.note) {
      notes.push(m.note);
      value += ` [${notes.length}]`;
    }
    lines.push(`| ${m.name} | ${m.database ?? "—"} | ${value} | ${baseline} | ${m.ratio === null ? "—" : `${fmt(m.ratio)}×`} | ${m.target} | ${result} |`);
  }
  if (notes.length) lines.push("", ...notes.map((n, i) => `${i + 1}. ${n}`));
  return lines.join("\n");
}

export function writeJson(file: string, data: unknown) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
