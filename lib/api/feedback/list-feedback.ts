import "server-only";
import type { z } from "zod";
import { databaseProvider, type Tx } from "@/lib/db";
import { ApiValidationError } from "@/lib/api/errors";
import { decodeCursor, encodeCursor, type Position } from "@/lib/api/feedback/cursor";
import type { FeedbackItemOutput, ListFeedbackQuery } from "@/lib/api/feedback/schemas";

type Query = z.output<typeof ListFeedbackQuery>;
type Item = z.input<typeof FeedbackItemOutput>;

// "q" is a plain substring match, but LIKE reads % and _ as wildcards and Prisma's `contains`
// does not escape them (PostgreSQL also reads a backslash as LIKE's escape character). PostgreSQL
// takes them escaped. SQLite's LIKE has no escape character unless the statement names one, which
// Prisma does not, so there the query asks for each wildcard-free fragment and only rows holding q
// itself are kept — compared the way SQLite's LIKE compares (ASCII letters without case).
const LIKE_SPECIAL = /[\\%_]/g;
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const SCAN_BATCH = 200;

function textFilter(q: string | undefined) {
  if (!q) return {};
  if (databaseProvider === "postgresql") {
    return { text: { contains: q.replace(LIKE_SPECIAL, "\\$&"), mode: "insensitive" } as { contains: string } };
  }
  const fragments = q.split(/[%_]/).filter(Boolean);
  return fragments.length ? { AND: fragments.map((f) => ({ text: { contains: f } })) } : {};
}

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
  const read = (from: Position | null, take: number) =>
    tx.feedbackItem.findMany({
      where: {
        organizationId: scope.organizationId,
        campaignId: scope.campaignId,
        ...(query.channel ? { channel: query.channel } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.sentiment ? { sentimentLabel: query.sentiment } : {}),
        ...(Object.keys(receivedAt).length ? { receivedAt } : {}),
        ...textFilter(query.q),
        ...(from
          ? { OR: [{ receivedAt: { lt: from.receivedAt } }, { receivedAt: from.receivedAt, id: { lt: from.id } }] }
          : {}),
      },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take,
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
  const q = query.q;
  let rows: Awaited<ReturnType<typeof read>>;
  if (q && databaseProvider === "sqlite" && /[%_]/.test(q)) {
    rows = [];
    const wanted = asciiLower(q);
    for (let from = after; rows.length <= query.limit; ) {
      const batch = await read(from, SCAN_BATCH);
      rows.push(...batch.filter((r) => asciiLower(r.text).includes(wanted)));
      if (batch.length < SCAN_BATCH) break;
      from = batch[batch.length - 1];
    }
    rows = rows.slice(0, query.limit + 1);
  } else {
    rows = await read(after, query.limit + 1);
  }
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
