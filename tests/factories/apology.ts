// Apology variants in a given review state, written directly (the state machine itself is tested
// through the actions).
import { db } from "@/lib/db";
import { analyzeApology } from "@/lib/apology/analysis";
import type { ReviewStateValue } from "@/lib/apology/review-state";

export const SINCERE_APOLOGY =
  "We are sorry. On March 3 we charged 18,400 of you twice for your subscription because of a bug we shipped in our billing system. That was our mistake. It took money from your accounts that you needed. We have refunded every duplicate charge and we are covering any bank fees. We added a check that stops a second charge for the same invoice, so this cannot happen again. If anything is still wrong, reply to this email or write to care@example.com and a person will answer within four hours.";

export async function createApology(
  campaign: { id: string; organizationId: string },
  authorId: string,
  opts: { channel?: string; bodies?: string[]; state?: ReviewStateValue; approveCurrent?: boolean; publishCurrent?: boolean } = {},
) {
  const apology = await db.apology.create({
    data: { organizationId: campaign.organizationId, campaignId: campaign.id, channel: opts.channel ?? "email", name: "Customer email" },
  });
  let currentId: string | null = null;
  for (const [i, body] of (opts.bodies ?? []).entries()) {
    const analysis = analyzeApology(body, { title: "Incident", summary: "", audience: "", channel: opts.channel ?? "email" });
    const v = await db.apologyVersion.create({
      data: { organizationId: campaign.organizationId, apologyId: apology.id, number: i + 1, body, authorId, score: analysis.score, analysis: analysis as never },
    });
    currentId = v.id;
  }
  return db.apology.update({
    where: { id: apology.id },
    data: {
      currentVersionId: currentId,
      reviewState: opts.state ?? "DRAFT",
      approvedVersionId: opts.approveCurrent ? currentId : null,
      publishedVersionId: opts.publishCurrent ? currentId : null,
      publishedAt: opts.publishCurrent ? new Date() : null,
    },
  });
}
