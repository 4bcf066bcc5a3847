import "server-only";
import type { z } from "zod";
import { databaseProvider, type Tx } from "@/lib/db";
import { ApiValidationError } from "@/lib/api/errors";
import { decodeCursor, encodeCursor } from "@/lib/api/feedback/cursor";
import type { FeedbackItemOutput, ListFeedbackQuery } from "@/lib/api/feedback/schemas";

type Query = z.output<typeof ListFeedbackQuery>;
type Item = z.input<typeof FeedbackItemOutput>;

export async function listFeedbackPage(
  tx: Tx,
  scope: { organizationId: string; campaignId: string },
  query: Query,
): Promise<{ items: Item[]; nextCursor: string | null }> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !after) throw new ApiValidationError([{ detail: "cursor is not one this API returned.", parameter: "cursor" }]);
  const receivedAt = {
    ...(query.since ? { gte: query.since } : {}),
    ...(query.until ? { lt: query.until } : {}),
  };
  // SQLite's LIKE ignores ASCII case; PostgreSQL needs it asked for (and SQLite refuses the option).
  const contains = query.q
    ? { text: { contains: query.q, ...(databaseProvider === "postgresql" ? { mode: "insensitive" } : {}) } as { contains: string } }
    : {};
  const rows = await tx.feedbackItem.findMany({
    where: {
      organizationId: scope.organizationId,
      campaignId: scope.campaignId,
      ...(query.channel ? { channel: query.channel } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.sentiment ? { sentimentLabel: query.sentiment } : {}),
      ...(Object.keys(receivedAt).length ? { receivedAt } : {}),
      ...contains,
      ...(after
        ? { OR: [{ receivedAt: { lt: after.receivedAt } }, { receivedAt: after.receivedAt, id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      externalId: true,
      channel: true,
      text: true,
      authorName: true,
      authorHandle: true,
      url: true,
      receivedAt: true,
      sentimentScore: true,
      sentimentLabel: true,
      status: true,
      isSuggestion: true,
      respondedAt: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      ...r,
      receivedAt: r.receivedAt.toISOString(),
      respondedAt: r.respondedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}
