// Child script: the baseline for the import — the same CSV rows streamed with csv-parse and
// inserted by multi-row statements (writer.ts: 500 rows each on SQLite, unnest on PostgreSQL) in one transaction,
// with no validation, sentiment, suggestion flag or duplicate check. The full-text triggers still
// run. Separately (not counted in the baseline) it times sentiment scoring of the same texts, which
// is the product's biggest cost per row.
import { createReadStream } from "node:fs";
import { createHash } from "node:crypto";
import { parse } from "csv-parse";
import { scoreSentiment } from "@/lib/feedback/sentiment";
import { emit } from "./child";
import { T } from "./tables";
import { pgWriter, sqliteWriter, type Row } from "./writer";
import { readManifest, mainCampaign } from "./member";

const [manifestFile, url, csvFile] = process.argv.slice(2);
const manifest = readManifest(manifestFile);
const campaign = mainCampaign(manifest);
const CHANNEL: Record<string, string> = { twitter: "SOCIAL", facebook: "SOCIAL", trustpilot: "REVIEW", "app store": "REVIEW", zendesk: "SUPPORT", email: "EMAIL", survey: "SURVEY" };

const started = performance.now();
const rows: Row[] = [];
const now = new Date();
let header = true;
for await (const rec of createReadStream(csvFile).pipe(parse({ relax_column_count: true }))) {
  if (header) {
    header = false;
    continue;
  }
  const [id, date, channel, author, text, link] = rec as string[];
  rows.push({
    id: createHash("sha1").update(id).digest("hex").slice(0, 25), organizationId: manifest.organization.id, campaignId: campaign.id,
    channel: CHANNEL[channel] ?? "OTHER", externalId: id, dedupeKey: `ext:${id}`, authorName: author.startsWith("@") ? null : author,
    authorHandle: author.startsWith("@") ? author : null, text, url: link || null, receivedAt: new Date(date), sentimentScore: 0,
    sentimentLabel: "NEUTRAL", status: "NEW", assigneeId: null, responseText: null, respondedAt: null, responderId: null, isSuggestion: false,
    createdAt: now, updatedAt: now,
  });
}
const parsedAt = performance.now();
const writer = manifest.provider === "sqlite" ? sqliteWriter(url.replace(/^file:/, ""), { bulk: false }) : await pgWriter(url, { bulk: false });
await writer.insert(T.FeedbackItem, rows);
await writer.commit();
await writer.close();
const ms = performance.now() - started;
const maxRssKb = process.resourceUsage().maxRSS;

const s = performance.now();
for (const r of rows) scoreSentiment(r.text as string);
const sentimentMs = performance.now() - s;
emit({ rows: rows.length, ms, parseMs: parsedAt - started, insertMs: performance.now() - parsedAt - sentimentMs, sentimentMs, maxRssKb });
