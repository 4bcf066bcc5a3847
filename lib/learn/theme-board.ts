import "server-only";
import { db } from "@/lib/db";
import { dateParam, isPostgres, num, raw, sql, type Sql } from "@/lib/db-sql";
import { fillWeeks, lastWeeks, shareOf, trendOf, type Trend } from "@/lib/learn/trend";

const DAY = 86_400_000;

// Monday (UTC) of a timestamp column's week, "YYYY-MM-DD". PostgreSQL stores Prisma DateTimes as
// UTC timestamps without a zone, so date_trunc needs no conversion; SQLite stores ISO text.
function weekOf(column: string): Sql {
  return raw(isPostgres ? `to_char(date_trunc('week', ${column}), 'YYYY-MM-DD')` : `date(substr(${column}, 1, 10), '-6 days', 'weekday 1')`);
}

export type ThemeFigures = {
  total: number;
  unreviewed: number;
  negative: number;
  share: number | null;
  trend: Trend;
  weekly: { week: string; count: number }[];
};

// Volume per theme per week, share of the negative feedback and the trend, all counted in the
// database (one GROUP BY per figure), never by loading the tagged rows.
export async function themeFigures(scope: { organizationId: string; campaignId: string }, now = new Date(), weeks = 8) {
  const weekList = lastWeeks(now, weeks);
  const since = new Date(`${weekList[0]}T00:00:00Z`);
  const weekAgo = new Date(now.getTime() - 7 * DAY);
  const twoWeeksAgo = new Date(now.getTime() - 14 * DAY);
  const where = sql`ft."organizationId" = ${scope.organizationId} AND f."organizationId" = ${scope.organizationId} AND f."campaignId" = ${scope.campaignId}`;
  const [totals, weekly, negatives] = await Promise.all([
    db.$queryRaw<{ theme: string; total: unknown; unreviewed: unknown; negative: unknown; this_week: unknown; last_week: unknown }[]>(sql`
      SELECT ft."themeId" AS theme, COUNT(*) AS total,
             SUM(CASE WHEN ft."reviewed" = ${false} THEN 1 ELSE 0 END) AS unreviewed,
             SUM(CASE WHEN CAST(f."sentimentLabel" AS TEXT) = 'NEGATIVE' THEN 1 ELSE 0 END) AS negative,
             SUM(CASE WHEN f."receivedAt" >= ${dateParam(weekAgo)} AND f."receivedAt" <= ${dateParam(now)} THEN 1 ELSE 0 END) AS this_week,
             SUM(CASE WHEN f."receivedAt" >= ${dateParam(twoWeeksAgo)} AND f."receivedAt" < ${dateParam(weekAgo)} THEN 1 ELSE 0 END) AS last_week
      FROM "FeedbackTheme" ft JOIN "FeedbackItem" f ON f."id" = ft."feedbackItemId"
      WHERE ${where}
      GROUP BY ft."themeId"`),
    db.$queryRaw<{ theme: string; week: string; n: unknown }[]>(sql`
      SELECT ft."themeId" AS theme, ${weekOf('f."receivedAt"')} AS week, COUNT(*) AS n
      FROM "FeedbackTheme" ft JOIN "FeedbackItem" f ON f."id" = ft."feedbackItemId"
      WHERE ${where} AND f."receivedAt" >= ${dateParam(since)}
      GROUP BY 1, 2`),
    db.feedbackItem.count({ where: { organizationId: scope.organizationId, campaignId: scope.campaignId, sentimentLabel: "NEGATIVE" } }),
  ]);
  const perWeek = new Map<string, { week: string; count: number }[]>();
  for (const r of weekly) {
    const list = perWeek.get(r.theme) ?? [];
    list.push({ week: String(r.week), count: num(r.n) });
    perWeek.set(r.theme, list);
  }
  const figures = new Map<string, ThemeFigures>();
  for (const r of totals) {
    const negative = num(r.negative);
    figures.set(r.theme, {
      total: num(r.total),
      unreviewed: num(r.unreviewed),
      negative,
      share: shareOf(negative, negatives),
      trend: trendOf(num(r.this_week), num(r.last_week)),
      weekly: fillWeeks(perWeek.get(r.theme) ?? [], weekList),
    });
  }
  const empty = (): ThemeFigures => ({ total: 0, unreviewed: 0, negative: 0, share: shareOf(0, negatives), trend: trendOf(0, 0), weekly: fillWeeks([], weekList) });
  return { figures, negativeTotal: negatives, weeks: weekList, empty };
}
