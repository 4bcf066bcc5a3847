// The CSV file the import measurements read: rows as a listening tool exports them (id, date,
// channel, author, message, url), new to the campaign, with the dataset's kind of text.
import { writeFileSync } from "node:fs";
import { rng } from "./random";
import { feedbackText, handle, personName, TOPIC_WEIGHTS } from "./text";

const CHANNELS = ["twitter", "trustpilot", "zendesk", "email", "facebook", "app store", "survey"];

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function writeImportCsv(file: string, rows: number, end: Date, seed = 7): void {
  const r = rng(seed);
  const lines = ["id,date,channel,author,message,url"];
  const span = 14 * 86_400_000;
  for (let i = 1; i <= rows; i++) {
    const channel = r.pick(CHANNELS);
    const social = channel === "twitter" || channel === "facebook";
    const at = new Date(end.getTime() - span + (i / rows) * span - 60_000);
    lines.push([
      `csv-${seed}-${i}`, at.toISOString(), channel, social ? handle(r) : personName(r),
      feedbackText(r, r.weighted(TOPIC_WEIGHTS), 500_000 + i), social ? `https://social.example/post/csv-${i}` : "",
    ].map(cell).join(","));
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
}
