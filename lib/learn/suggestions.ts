import "server-only";
import { db } from "@/lib/db";
import { negativeTexts, THEME_TEXT_LIMIT } from "@/lib/learn/negative-texts";
import { suggestThemes, type ThemeSuggestion } from "@/lib/learn/suggest-themes";

// Suggestions for a campaign from its most recent negative feedback, leaving out what existing
// themes already cover (their labels and key phrases).
export async function campaignSuggestions(
  scope: { organizationId: string; campaignId: string },
  opts: { limit?: number; max?: number } = {},
): Promise<{ analyzed: number; suggestions: (ThemeSuggestion & { externalIds: (string | null)[] })[] }> {
  const [texts, themes] = await Promise.all([
    negativeTexts(db, scope, Math.min(opts.limit ?? THEME_TEXT_LIMIT, THEME_TEXT_LIMIT)),
    db.theme.findMany({ where: scope, select: { label: true, keyPhrases: true }, take: 500 }),
  ]);
  const existing = themes.flatMap((t) => [t.label, ...t.keyPhrases.split("\n")]).filter(Boolean);
  const byId = new Map(texts.map((t) => [t.id, t.externalId]));
  const suggestions = suggestThemes(texts, { existing, max: opts.max });
  return {
    analyzed: texts.length,
    suggestions: suggestions.map((s) => ({ ...s, externalIds: s.itemIds.map((id) => byId.get(id) ?? null) })),
  };
}
