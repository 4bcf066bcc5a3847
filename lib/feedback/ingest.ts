import "server-only";
import type { Tx } from "@/lib/db";
import { dedupeKey } from "@/lib/feedback/csv-mapping";
import { scoreSentiment } from "@/lib/feedback/sentiment";
import { isSuggestion } from "@/lib/feedback/suggestion";
import type { FeedbackChannelValue } from "@/lib/feedback/csv-mapping";

// The one way feedback enters a campaign — CSV import, the REST API, the public form, the demo:
// sentiment scored and suggestions flagged on arrival, duplicates skipped by external id (or by a
// hash of the text when there is none). Runs inside the caller's transaction, so a batch lands
// whole or not at all.

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

const CHUNK = 500;

export async function ingestFeedback(
  tx: Tx,
  scope: { organizationId: string; campaignId: string; importJobId?: string | null },
  items: IncomingFeedback[],
): Promise<IngestResult> {
  const keyed = items.map((item) => ({ item, key: dedupeKey({ externalId: item.externalId, text: item.text }) }));
  const seen = new Set<string>();
  for (let i = 0; i < keyed.length; i += CHUNK) {
    const keys = keyed.slice(i, i + CHUNK).map((k) => k.key);
    const existing = await tx.feedbackItem.findMany({
      where: { campaignId: scope.campaignId, dedupeKey: { in: keys } },
      select: { dedupeKey: true },
    });
    for (const e of existing) seen.add(e.dedupeKey);
  }
  const fresh: typeof keyed = [];
  for (const k of keyed) {
    if (seen.has(k.key)) continue;
    seen.add(k.key);
    fresh.push(k);
  }
  for (let i = 0; i < fresh.length; i += CHUNK) {
    await tx.feedbackItem.createMany({
      data: fresh.slice(i, i + CHUNK).map(({ item, key }) => {
        const sentiment = scoreSentiment(item.text);
        return {
          organizationId: scope.organizationId,
          campaignId: scope.campaignId,
          importJobId: scope.importJobId ?? null,
          channel: item.channel,
          externalId: item.externalId ?? null,
          dedupeKey: key,
          authorName: item.authorName ?? null,
          authorHandle: item.authorHandle ?? null,
          text: item.text,
          url: item.url ?? null,
          receivedAt: item.receivedAt,
          sentimentScore: sentiment.score,
          sentimentLabel: sentiment.label,
          isSuggestion: isSuggestion(item.text),
        };
      }),
    });
  }
  return { created: fresh.length, duplicates: items.length - fresh.length, createdKeys: fresh.map((f) => f.key) };
}
