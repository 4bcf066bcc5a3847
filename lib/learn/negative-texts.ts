import "server-only";
import type { Db, Tx } from "@/lib/db";

import { THEME_TEXT_LIMIT_DEFAULT } from "@/lib/learn/limits";

export const THEME_TEXT_LIMIT = THEME_TEXT_LIMIT_DEFAULT;

export async function negativeTexts(client: Db | Tx, scope: { organizationId: string; campaignId: string }, limit = THEME_TEXT_LIMIT) {
  return client.feedbackItem.findMany({
    where: { organizationId: scope.organizationId, campaignId: scope.campaignId, sentimentLabel: "NEGATIVE" },
    select: { id: true, text: true, externalId: true },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}
