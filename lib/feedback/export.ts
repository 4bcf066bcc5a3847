import "server-only";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/feedback/csv-safety";

// A campaign's feedback as CSV for spreadsheets and other tools, read a page at a time (keyset on
// receivedAt, id) so a campaign of any size streams in constant memory. Cells that begin like a
// formula are neutralized by toCsv.

export const EXPORT_HEADER = [
  "external_id",
  "channel",
  "received_at",
  "sentiment_label",
  "sentiment_score",
  "status",
  "themes",
  "first_response_minutes",
  "text",
];

type ExportItem = {
  externalId: string | null;
  channel: string;
  receivedAt: Date;
  sentimentLabel: string;
  sentimentScore: number;
  status: string;
  respondedAt: Date | null;
  text: string;
  themes: { theme: { label: string } }[];
};

export function exportRow(item: ExportItem): (string | number | null)[] {
  const minutes = item.respondedAt ? Math.round((item.respondedAt.getTime() - item.receivedAt.getTime()) / 60_000) : null;
  return [
    item.externalId,
    item.channel,
    item.receivedAt.toISOString(),
    item.sentimentLabel,
    item.sentimentScore,
    item.status,
    item.themes.map((t) => t.theme.label).sort((a, b) => a.localeCompare(b)).join("; "),
    minutes,
    item.text,
  ];
}

export async function exportFeedbackCsv(
  scope: { organizationId: string; campaignId: string },
  write: (chunk: string) => Promise<void> | void,
  opts: { pageSize?: number; bom?: boolean } = {},
): Promise<number> {
  const pageSize = opts.pageSize ?? 1_000;
  await write(toCsv([EXPORT_HEADER], { bom: opts.bom }));
  let cursor: string | null = null;
  let total = 0;
  for (;;) {
    const page: (ExportItem & { id: string })[] = await db.feedbackItem.findMany({
      where: { organizationId: scope.organizationId, campaignId: scope.campaignId },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      take: pageSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true, externalId: true, channel: true, receivedAt: true, sentimentLabel: true, sentimentScore: true, status: true,
        respondedAt: true, text: true, themes: { select: { theme: { select: { label: true } } } },
      },
    });
    if (page.length > 0) await write(toCsv(page.map(exportRow)));
    total += page.length;
    if (page.length < pageSize) return total;
    cursor = page[page.length - 1].id;
  }
}
