// Theme suggestions for a campaign's negative feedback, as JSON on standard output:
//   npm run -s themes:suggest -- --org SLUG --campaign SLUG [--limit N] [--max N]
// For each suggestion: its label, key phrases, volume and share, and the matching items (their
// external ids, or the item id when an item has none). Exit code 2 for bad arguments, 1 when the
// organization or campaign does not exist.
import { parseSuggestArgs, SUGGEST_USAGE } from "@/lib/learn/cli-args";

function fail(code: number, message: string): never {
  process.stderr.write(`themes-suggest: ${message}\n${code === 2 ? `${SUGGEST_USAGE}\n` : ""}`);
  process.exit(code);
}

async function main() {
  const args = parseSuggestArgs(process.argv.slice(2));
  if (args.ok === "help") {
    process.stdout.write(`${SUGGEST_USAGE}\n`);
    return;
  }
  if (!args.ok) fail(2, args.reason);
  process.env.LOG_LEVEL ??= "silent";
  const { db } = await import("@/lib/db");
  const { campaignSuggestions } = await import("@/lib/learn/suggestions");
  try {
    const org = await db.organization.findUnique({ where: { slug: args.value.org }, select: { id: true, slug: true } });
    if (!org) fail(1, `no organization with the short name "${args.value.org}".`);
    const campaign = await db.campaign.findFirst({ where: { organizationId: org.id, slug: args.value.campaign }, select: { id: true, slug: true } });
    if (!campaign) fail(1, `organization "${args.value.org}" has no campaign with the short name "${args.value.campaign}".`);
    const result = await campaignSuggestions({ organizationId: org.id, campaignId: campaign.id }, { limit: args.value.limit, max: args.value.max });
    const out = {
      organization: org.slug,
      campaign: campaign.slug,
      analyzed: result.analyzed,
      suggestions: result.suggestions.map((s) => ({
        label: s.label,
        keyPhrases: s.keyPhrases,
        volume: s.volume,
        share: Math.round(s.share * 1000) / 1000,
        items: s.itemIds.map((id, i) => s.externalIds[i] ?? id),
      })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => fail(1, error instanceof Error ? error.message : String(error)));
