import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { isPostgres, raw, sql, type Sql } from "@/lib/db-sql";
import { dedupeKey } from "@/lib/feedback/csv-mapping";
import { scoreSentiment } from "@/lib/feedback/sentiment";
import { isSuggestion } from "@/lib/feedback/suggestion";
import type { FeedbackChannelValue } from "@/lib/feedback/csv-mapping";

// The one way feedback enters a campaign — CSV import, the REST API, the public form, the demo:
// sentiment scored and suggestions flagged on arrival, duplicates skipped by external id (or by a
// hash of the text when there is none). Runs inside the caller's transaction, so a batch lands
// whole or not at all.
//
// Rows travel as ONE JSON parameter per statement, expanded by the database (SQLite json_each,
// PostgreSQL json_array_elements), rather than through Prisma's createMany or a statement with a
// parameter per value: at 100,000 rows the query builder cost ~0.4 ms a row, and Prisma keeps the
// arguments of its last 100 queries for error reports (@prisma/debug's argsHistory, even with
// DEBUG off) — 100 statements of 400 rows × 21 boxed values held ~150 MB during an import. One
// string per statement is a small fraction of that. The columns are written exactly as Prisma
// writes them (ids, ISO dates on SQLite, enum casts on PostgreSQL), so Prisma reads these rows
// like its own.

export type IncomingFeedback = {
  text: string;
  channel: FeedbackChannelValue;
  receivedAt: Date;
  externalId?: string | null;
  authorName?: string | null;
  authorHandle?: string | null;
  url?: string | null;
};

export type IngestResult = { created: number; duplicates: number; createdKeys: string[] };

// Rows per INSERT and keys per duplicate lookup. One JSON parameter each, so SQLite's parameter
// limit does not apply; kept small because Prisma holds on to its last ~30 statements' arguments
// (see above): 250 rows keep that under ~10 MB, and measured as fast as 2,000 (100,000 rows:
// peak RSS 870 MB with 400-row parameter lists, 780 MB with 2,000-row JSON, 510 MB with 250).
const INSERT_ROWS = 250;
const LOOKUP_KEYS = 1_000;

// The inserted columns in the order of each row's JSON array, with their PostgreSQL type (SQLite
// stores the JSON values as they are: text, numbers, 0/1 for booleans).
const COLUMNS = [
  ["id", "text"], ["organizationId", "text"], ["campaignId", "text"], ["importJobId", "text"],
  ["channel", '"FeedbackChannel"'], ["externalId", "text"], ["dedupeKey", "text"], ["authorName", "text"],
  ["authorHandle", "text"], ["text", "text"], ["url", "text"], ["receivedAt", "timestamp(3)"],
  ["sentimentScore", "double precision"], ["sentimentLabel", '"SentimentLabel"'], ["sentimentOverridden", "boolean"], ["status", '"FeedbackStatus"'],
  ["isSuggestion", "boolean"], ["internalNote", "text"], ["version", "integer"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
] as const;

const columnList = raw(COLUMNS.map(([name]) => `"${name}"`).join(", "));
// SQLite: json_each yields each row array as `value`; ->> gives the SQL value (booleans as 0/1).
// PostgreSQL: ->> gives text, cast to the column's type.
const selectList = raw(
  COLUMNS.map(([, type], i) => (isPostgres ? (type === "text" ? `r.value->>${i}` : `CAST(r.value->>${i} AS ${type})`) : `r.value->>${i}`)).join(", "),
);
const rowsOf = (json: string): Sql => (isPostgres ? sql`json_array_elements(CAST(${json} AS json)) AS r(value)` : sql`json_each(${json}) AS r`);
const keysOf = (json: string): Sql =>
  isPostgres ? sql`SELECT json_array_elements_text(CAST(${json} AS json))` : sql`SELECT value FROM json_each(${json})`;
const stamp = (d: Date): string => d.toISOString().replace("Z", isPostgres ? "" : "+00:00");

export async function ingestFeedback(
  tx: Tx,
  scope: { organizationId: string; campaignId: string; importJobId?: string | null },
  items: IncomingFeedback[],
): Promise<IngestResult> {
  const keyed = items.map((item) => ({ item, key: dedupeKey({ externalId: item.externalId, text: item.text }) }));
  const seen = new Set<string>();
  for (let i = 0; i < keyed.length; i += LOOKUP_KEYS) {
    const keys = keyed.slice(i, i + LOOKUP_KEYS).map((k) => k.key);
    const existing = await tx.$queryRaw<{ dedupeKey: string }[]>(
      sql`SELECT "dedupeKey" FROM "FeedbackItem" WHERE "campaignId" = ${scope.campaignId} AND "dedupeKey" IN (${keysOf(JSON.stringify(keys))})`,
    );
    for (const e of existing) seen.add(e.dedupeKey);
  }
  const fresh: typeof keyed = [];
  for (const k of keyed) {
    if (seen.has(k.key)) continue;
    seen.add(k.key);
    fresh.push(k);
  }
  const now = stamp(new Date());
  for (let i = 0; i < fresh.length; i += INSERT_ROWS) {
    const rows = fresh.slice(i, i + INSERT_ROWS).map(({ item, key }) => {
      const sentiment = scoreSentiment(item.text);
      return [
        randomUUID(), scope.organizationId, scope.campaignId, scope.importJobId ?? null,
        item.channel, item.externalId ?? null, key, item.authorName ?? null,
        item.authorHandle ?? null, item.text, item.url ?? null, stamp(item.receivedAt),
        sentiment.score, sentiment.label, false, "NEW",
        isSuggestion(item.text), "", 1, now, now,
      ];
    });
    await tx.$executeRaw(sql`INSERT INTO "FeedbackItem" (${columnList}) SELECT ${selectList} FROM ${rowsOf(JSON.stringify(rows))}`);
  }
  return { created: fresh.length, duplicates: items.length - fresh.length, createdKeys: fresh.map((f) => f.key) };
}
