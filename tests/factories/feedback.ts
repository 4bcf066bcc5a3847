// Feedback items for tests, written through the same ingest path as imports and the API.
import { db } from "@/lib/db";
import { ingestFeedback, type IncomingFeedback } from "@/lib/feedback/ingest";
import { uid } from "@/tests/factories";

export async function createFeedback(
  campaign: { id: string; organizationId: string },
  items: Partial<IncomingFeedback>[] = [{}],
) {
  const rows: IncomingFeedback[] = items.map((i) => ({
    text: i.text ?? `Charged twice and nobody answers ${uid()}`,
    channel: i.channel ?? "SOCIAL",
    receivedAt: i.receivedAt ?? new Date(),
    externalId: i.externalId ?? uid("ext-"),
    authorName: i.authorName ?? "Pat Customer",
    url: i.url ?? null,
  }));
  await db.$transaction((tx) => ingestFeedback(tx, { organizationId: campaign.organizationId, campaignId: campaign.id }, rows));
  return db.feedbackItem.findMany({
    where: { campaignId: campaign.id, externalId: { in: rows.map((r) => r.externalId!) } },
    orderBy: { receivedAt: "asc" },
  });
}
