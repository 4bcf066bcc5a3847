import "server-only";
import type { Tx } from "@/lib/db";
import { sql } from "@/lib/db-sql";
import { JSON_BATCH_ROWS, jsonRowsInsert, jsonTimestamp, jsonValues, type JsonColumn } from "@/lib/db-json-rows";
import { arrive, keyOf, type ArrivedFeedback, type IncomingFeedback } from "@/lib/feedback/arrival";

export type { IncomingFeedback } from "@/lib/feedback/arrival";

// The one way feedback enters a campaign a batch at a time — the REST API, the public form, the
// demo and the tests (CSV imports stage their rows first: lib/feedback/import/stage.ts): sentiment
// scored and suggestions flagged on arrival, duplicates skipped by external id (or by a hash of the
// text when there is none), also within the batch. Runs inside the caller's transaction, so a
// batch lands whole or not at all.

export type IngestResult = { created: number; duplicates: number; createdKeys: string[] };

// Keys per duplicate lookup (one JSON parameter each).
const LOOKUP_KEYS = 1_000;

// The columns of a new item, in the order of arrivedRow's values.
export const FEEDBACK_COLUMNS: readonly JsonColumn[] = [
  ["id", "text"], ["organizationId", "text"], ["campaignId", "text"], ["importJobId", "text"],
  ["channel", '"FeedbackChannel"'], ["externalId", "text"], ["dedupeKey", "text"], ["authorName", "text"],
  ["authorHandle", "text"], ["text", "text"], ["url", "text"], ["receivedAt", "timestamp(3)"],
  ["sentimentScore", "double precision"], ["sentimentLabel", '"SentimentLabel"'], ["sentimentOverridden", "boolean"], ["status", '"FeedbackStatus"'],
  ["isSuggestion", "boolean"], ["internalNote", "text"], ["version", "integer"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
];

type Scope = { organizationId: string; campaignId: string; importJobId?: string | null };

function arrivedRow(a: ArrivedFeedback, scope: Scope, now: string): unknown[] {
  return [
    a.id, scope.organizationId, scope.campaignId, scope.importJobId ?? null,
    a.channel, a.externalId ?? null, a.dedupeKey, a.authorName ?? null,
    a.authorHandle ?? null, a.text, a.url ?? null, jsonTimestamp(a.receivedAt),
    a.sentimentScore, a.sentimentLabel, false, "NEW",
    a.isSuggestion, "", 1, now, now,
  ];
}

export async function ingestFeedback(tx: Tx, scope: Scope, items: IncomingFeedback[]): Promise<IngestResult> {
  const keyed = items.map((item) => ({ item, key: keyOf(item) }));
  const seen = new Set<string>();
  for (let i = 0; i < keyed.length; i += LOOKUP_KEYS) {
    const keys = keyed.slice(i, i + LOOKUP_KEYS).map((k) => k.key);
    const existing = await tx.$queryRaw<{ dedupeKey: string }[]>(
      sql`SELECT "dedupeKey" FROM "FeedbackItem" WHERE "campaignId" = ${scope.campaignId} AND "dedupeKey" IN (${jsonValues(keys)})`,
    );
    for (const e of existing) seen.add(e.dedupeKey);
  }
  const fresh: typeof keyed = [];
  for (const k of keyed) {
    if (seen.has(k.key)) continue;
    seen.add(k.key);
    fresh.push(k);
  }
  const now = jsonTimestamp(new Date());
  for (let i = 0; i < fresh.length; i += JSON_BATCH_ROWS) {
    const rows = fresh.slice(i, i + JSON_BATCH_ROWS).map(({ item, key }) => arrivedRow(arrive(item, key), scope, now));
    await tx.$executeRaw(jsonRowsInsert("FeedbackItem", FEEDBACK_COLUMNS, rows));
  }
  return { created: fresh.length, duplicates: items.length - fresh.length, createdKeys: fresh.map((f) => f.key) };
}
