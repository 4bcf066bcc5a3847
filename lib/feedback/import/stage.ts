import "server-only";
import type { Tx } from "@/lib/db";
import { isPostgres, sql, type Sql } from "@/lib/db-sql";
import { JSON_BATCH_ROWS, jsonRowsInsert, jsonTimestamp, type JsonColumn } from "@/lib/db-json-rows";
import type { ArrivedFeedback } from "@/lib/feedback/arrival";

// An import's rows on their way in (ImportStagedRow): staged a batch at a time while the file is
// read, then copied into the campaign by one statement per chunk inside the save transaction.

type Job = { id: string; organizationId: string; campaignId: string };

const STAGED_COLUMNS: readonly JsonColumn[] = [
  ["importJobId", "text"], ["seq", "integer"], ["organizationId", "text"], ["itemId", "text"],
  ["channel", '"FeedbackChannel"'], ["externalId", "text"], ["dedupeKey", "text"], ["authorName", "text"],
  ["authorHandle", "text"], ["text", "text"], ["url", "text"], ["receivedAt", "timestamp(3)"],
  ["sentimentScore", "double precision"], ["sentimentLabel", '"SentimentLabel"'], ["isSuggestion", "boolean"],
];

// Stages rows numbered in file order; a row whose key an earlier row of the file had is dropped
// (the first one wins).
export async function stageRows(tx: Tx, job: Job, rows: { seq: number; row: ArrivedFeedback }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += JSON_BATCH_ROWS) {
    const values = rows.slice(i, i + JSON_BATCH_ROWS).map(({ seq, row: a }) => [
      job.id, seq, job.organizationId, a.id,
      a.channel, a.externalId ?? null, a.dedupeKey, a.authorName ?? null,
      a.authorHandle ?? null, a.text, a.url ?? null, jsonTimestamp(a.receivedAt),
      a.sentimentScore, a.sentimentLabel, a.isSuggestion,
    ]);
    await tx.$executeRaw(jsonRowsInsert("ImportStagedRow", STAGED_COLUMNS, values, sql`ON CONFLICT ("importJobId", "dedupeKey") DO NOTHING`));
  }
}

const stamp = (d: Date): Sql => (isPostgres ? sql`CAST(${jsonTimestamp(d)} AS timestamp(3))` : sql`${jsonTimestamp(d)}`);

// Copies the staged rows numbered from..to−1 into the campaign, skipping any whose key the
// campaign already has. Returns how many were created.
export function saveStagedRows(tx: Tx, job: Job, from: number, to: number, now: Date): Promise<number> {
  return tx.$executeRaw(sql`
    INSERT INTO "FeedbackItem" ("id", "organizationId", "campaignId", "importJobId", "channel", "externalId", "dedupeKey", "authorName",
      "authorHandle", "text", "url", "receivedAt", "sentimentScore", "sentimentLabel", "isSuggestion", "createdAt", "updatedAt")
    SELECT s."itemId", s."organizationId", ${job.campaignId}, s."importJobId", s."channel", s."externalId", s."dedupeKey", s."authorName",
      s."authorHandle", s."text", s."url", s."receivedAt", s."sentimentScore", s."sentimentLabel", s."isSuggestion", ${stamp(now)}, ${stamp(now)}
    FROM "ImportStagedRow" s
    WHERE s."importJobId" = ${job.id} AND s."organizationId" = ${job.organizationId} AND s."seq" >= ${from} AND s."seq" < ${to}
    ORDER BY s."seq"
    ON CONFLICT ("campaignId", "dedupeKey") DO NOTHING`);
}

// What a run leaves behind that is not a result: its staged rows and the rejections it listed.
export async function clearRun(client: Pick<Tx, "importStagedRow" | "importRejection">, job: Pick<Job, "id" | "organizationId">, rejections = true) {
  const where = { importJobId: job.id, organizationId: job.organizationId };
  await client.importStagedRow.deleteMany({ where });
  if (rejections) await client.importRejection.deleteMany({ where });
}
