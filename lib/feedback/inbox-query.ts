import "server-only";
import { db } from "@/lib/db";
import { dateParam, enumEquals, isPostgres, join, num, sql, type Sql } from "@/lib/db-sql";
import type { Member } from "@/lib/auth/member";
import { decodeCursor, encodeCursor, ftsQuery, tsQuery, type InboxFilter } from "@/lib/feedback/inbox-filters";

export const INBOX_PAGE_SIZE = 50;

type Campaign = { id: string; slaMinutes: number };

// The WHERE clause for a filtered, searched inbox, on either database. Always scoped to the
// member's organization through the campaign: the campaign only if it is the organization's, so
// every row is, while the (campaign, …) indexes answer the whole statement without reading rows
// just to check their organization.
function conditions(member: Member, campaign: Campaign, filter: InboxFilter, now: Date): Sql[] {
  const own = sql`(SELECT c."id" FROM "Campaign" c WHERE c."id" = ${campaign.id} AND c."organizationId" = ${member.organizationId})`;
  const c: Sql[] = [sql`f."campaignId" = ${own}`];
  if (filter.channel) c.push(enumEquals('f."channel"', "FeedbackChannel", filter.channel));
  if (filter.status) c.push(enumEquals('f."status"', "FeedbackStatus", filter.status));
  if (filter.sentiment) c.push(enumEquals('f."sentimentLabel"', "SentimentLabel", filter.sentiment));
  if (filter.suggestion) c.push(sql`f."isSuggestion" = ${true}`);
  if (filter.assignee === "none") c.push(sql`f."assigneeId" IS NULL`);
  else if (filter.assignee) c.push(sql`f."assigneeId" = ${filter.assignee === "me" ? member.userId : filter.assignee}`);
  // The theme's links straight from the (theme, item) index, rather than a lookup per item.
  if (filter.theme) c.push(sql`f."id" IN (SELECT ft."feedbackItemId" FROM "FeedbackTheme" ft WHERE ft."themeId" = ${filter.theme})`);
  if (filter.overdue) {
    // Literals: PostgreSQL reads them as labels of the column's enum.
    c.push(sql`f."status" IN ('NEW', 'IN_PROGRESS')`);
    c.push(sql`f."receivedAt" < ${dateParam(new Date(now.getTime() - campaign.slaMinutes * 60_000))}`);
  }
  if (filter.from) c.push(sql`f."receivedAt" >= ${dateParam(new Date(`${filter.from}T00:00:00Z`))}`);
  if (filter.to) c.push(sql`f."receivedAt" < ${dateParam(new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000))}`);
  if (filter.q) {
    if (isPostgres) {
      const q = tsQuery(filter.q);
      c.push(q ? sql`f."searchVector" @@ to_tsquery('english', ${q})` : sql`1 = 0`);
    } else {
      const q = ftsQuery(filter.q);
      // The matches as a set that the campaign's indexes are checked against (the unary + keeps
      // SQLite from instead reading each of the possibly tens of thousands of matching rows,
      // most of them other campaigns' or filtered out): the page stops after 51 hits in order.
      c.push(q ? sql`+f.rowid IN (SELECT rowid FROM "FeedbackItemFts" WHERE "FeedbackItemFts" MATCH ${q})` : sql`1 = 0`);
    }
  }
  return c;
}

// One page of the inbox: the filtering and ordering happen in SQL (with the indexes and the
// full-text index), then Prisma loads just that page's rows with their relations.
export async function queryInbox(member: Member, campaign: Campaign, filter: InboxFilter, now = new Date()) {
  const where = conditions(member, campaign, filter, now);
  const newest = filter.sort !== "oldest";
  const cursor = decodeCursor(filter.cursor);
  const page = [...where];
  if (cursor) {
    const at = dateParam(cursor.at);
    page.push(
      newest
        ? sql`(f."receivedAt" < ${at} OR (f."receivedAt" = ${at} AND f."id" < ${cursor.id}))`
        : sql`(f."receivedAt" > ${at} OR (f."receivedAt" = ${at} AND f."id" > ${cursor.id}))`,
    );
  }
  const order = newest ? sql`ORDER BY f."receivedAt" DESC, f."id" DESC` : sql`ORDER BY f."receivedAt" ASC, f."id" ASC`;
  const [idRows, countRows] = await Promise.all([
    db.$queryRaw<{ id: string }[]>(sql`SELECT f."id" FROM "FeedbackItem" f WHERE ${join(page, " AND ")} ${order} LIMIT ${INBOX_PAGE_SIZE + 1}`),
    db.$queryRaw<{ n: unknown }[]>(sql`SELECT COUNT(*) AS n FROM "FeedbackItem" f WHERE ${join(where, " AND ")}`),
  ]);
  const ids = idRows.slice(0, INBOX_PAGE_SIZE).map((r) => r.id);
  const rows = ids.length
    ? await db.feedbackItem.findMany({
        where: { id: { in: ids }, organizationId: member.organizationId },
        include: {
          assignee: { select: { id: true, name: true } },
          themes: { select: { theme: { select: { id: true, label: true } } } },
        },
      })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.map((id) => byId.get(id)!).filter(Boolean);
  const last = items[items.length - 1];
  return {
    items,
    total: num(countRows[0]?.n),
    nextCursor: idRows.length > INBOX_PAGE_SIZE && last ? encodeCursor(last.receivedAt, last.id) : null,
  };
}
