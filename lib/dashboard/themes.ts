import "server-only";
import { DAY_MS } from "@/lib/dashboard/days";
import { campaignsCte, sql, timestampParam, type Sql } from "@/lib/dashboard/sql";

// The campaign's most mentioned themes with the same rolling trend as the Learn board
// (lib/learn/theme-board.ts): mentions received in the last seven days against the seven before.
// One statement. The totals are the counts the database keeps on each theme (Theme.feedbackCount,
// the figure the Learn board counts from the links); the trend only joins the links made in the
// last two weeks (a link is made after the feedback it tags arrives), so its cost follows recent
// tagging, not the whole history.

export const TOP_THEMES = 5;

export type ThemeRow = { id: string; label: string; total: unknown; thisWeek: unknown; lastWeek: unknown };

export function topThemesSql(scope: { organizationId: string; campaignId: string }, now: Date): Sql {
  const weekAgo = timestampParam(new Date(now.getTime() - 7 * DAY_MS));
  const twoWeeksAgo = timestampParam(new Date(now.getTime() - 14 * DAY_MS));
  // CROSS JOIN keeps SQLite's join order: from the top themes' recent links to their feedback.
  return sql`
    WITH ${campaignsCte(scope.organizationId, [scope.campaignId])},
    top AS (
      SELECT t."id" AS id, t."label" AS label, t."feedbackCount" AS total
      FROM camp JOIN "Theme" t ON t."campaignId" = camp.cid
      WHERE t."feedbackCount" > 0 ORDER BY total DESC, t."label" ASC LIMIT ${TOP_THEMES}
    ),
    recent AS (
      SELECT top.id AS id, f."receivedAt" AS received
      FROM top CROSS JOIN "FeedbackTheme" ft CROSS JOIN "FeedbackItem" f
      WHERE ft."themeId" = top.id AND ft."createdAt" >= ${twoWeeksAgo}
        AND f."id" = ft."feedbackItemId" AND f."campaignId" = ${scope.campaignId}
        AND f."receivedAt" >= ${twoWeeksAgo} AND f."receivedAt" <= ${timestampParam(now)}
    )
    SELECT top.id AS id, top.label AS label, top.total AS total,
      COALESCE(SUM(CASE WHEN recent.received >= ${weekAgo} THEN 1 ELSE 0 END), 0) AS "thisWeek",
      COALESCE(SUM(CASE WHEN recent.received < ${weekAgo} THEN 1 ELSE 0 END), 0) AS "lastWeek"
    FROM top LEFT JOIN recent ON recent.id = top.id
    GROUP BY top.id, top.label, top.total ORDER BY top.total DESC, top.label ASC`;
}
