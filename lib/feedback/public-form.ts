import "server-only";
import { definePublicAction, errorToState, executePublicAction } from "@/lib/actions/define-action";
import type { FormState } from "@/lib/actions/form-state";
import { NotFoundError, RateLimitError } from "@/lib/errors";
import { ingestFeedback } from "@/lib/feedback/ingest";
import { HONEYPOT_FIELD } from "@/lib/feedback/public-form-fields";
import { SubmitPublicFeedbackInput } from "@/lib/feedback/public-form-schemas";
import { consume } from "@/lib/rate-limit/consume";
import { hashIdentifier } from "@/lib/rate-limit/identifier";
import { describeWait, type RateLimitRule } from "@/lib/rate-limit/window";

// Per client address, across every campaign: enough for a person, too few for a spam run.
export const PUBLIC_FEEDBACK_LIMIT: RateLimitRule = { limit: 5, windowMs: 10 * 60_000 };

const THANKS = "Thank you. Your message reached the team; they read every one.";

// The campaign's public feedback form: only for campaigns whose public page is on. Arrives in the
// inbox as channel PUBLIC_FORM; the name and contact are for the team only, never published.
export const submitPublicFeedback = definePublicAction({
  name: "feedback.submitPublic",
  input: SubmitPublicFeedbackInput,
  async run({ tx }, input) {
    const campaign = await tx.campaign.findFirst({
      where: { slug: input.campaignSlug, publicPage: true, organization: { slug: input.orgSlug } },
      select: { id: true, organizationId: true },
    });
    if (!campaign) throw new NotFoundError("This campaign is not taking feedback here.");
    const result = await ingestFeedback(tx, { organizationId: campaign.organizationId, campaignId: campaign.id }, [
      {
        text: input.text,
        channel: "PUBLIC_FORM",
        receivedAt: new Date(),
        authorName: input.name ?? null,
        authorHandle: input.contact ?? null,
      },
    ]);
    return {
      data: null,
      // The audit log records that feedback came in, not who sent it.
      audit: {
        organizationId: campaign.organizationId,
        actorLabel: "public-form",
        entityType: "Campaign",
        entityId: campaign.id,
        after: { source: "public-form", created: result.created, duplicates: result.duplicates },
      },
      message: THANKS,
    };
  },
});

// What the form's route handler calls: the per-address limit and the honeypot come first, outside
// the transaction, so a refused or trapped submission writes nothing but its counter.
export async function submitPublicFeedbackFrom(raw: Record<string, unknown>, clientAddress: string): Promise<FormState> {
  const limit = await consume(`public-feedback:ip:${hashIdentifier(clientAddress)}`, PUBLIC_FEEDBACK_LIMIT);
  if (!limit.ok) {
    const message = `You have sent several messages in a few minutes. Please wait ${describeWait(limit.retryAfterSeconds)} and send it again; your text is kept below.`;
    return errorToState(new RateLimitError(limit.retryAfterSeconds, message), raw, {});
  }
  const trap = raw[HONEYPOT_FIELD];
  // A bot is told it worked, so it has no reason to try another way.
  if (typeof trap === "string" && trap.trim() !== "") return { ok: true, message: THANKS };
  return executePublicAction(submitPublicFeedback, raw);
}
