import { z } from "zod";
import { checkbox, dateField, idField, optionalDateField, slugField, text, versionField } from "@/lib/shared/zod-fields";

export const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export const CAMPAIGN_STATUSES = ["OPEN", "RECOVERING", "CLOSED"] as const;
export type CampaignStatusValue = (typeof CAMPAIGN_STATUSES)[number];

const campaignFields = {
  title: text("Title", 3, 160),
  slug: slugField.optional(),
  summary: text("What happened", 10, 5000),
  occurredAt: dateField("When it happened"),
  discoveredAt: optionalDateField("When it was discovered"),
  severity: z.enum(SEVERITIES, { error: "Choose a severity." }),
  affectedAudience: text("Affected audience", 2, 1000),
  slaHours: z.coerce
    .number({ error: "Response SLA must be a number of hours." })
    .min(0.25, "Response SLA must be at least 15 minutes (0.25 hours).")
    .max(168, "Response SLA must be at most one week (168 hours).")
    .default(4),
  publicPage: checkbox,
};

function discoveredAfterOccurred(v: { occurredAt: Date; discoveredAt?: Date }, ctx: z.RefinementCtx) {
  if (v.discoveredAt && v.discoveredAt < v.occurredAt) {
    ctx.addIssue({ code: "custom", path: ["discoveredAt"], message: "It cannot be discovered before it happened." });
  }
}

export const CreateCampaignInput = z.object(campaignFields).superRefine(discoveredAfterOccurred);
export type CreateCampaignInput = z.infer<typeof CreateCampaignInput>;

export const UpdateCampaignInput = z
  .object({ ...campaignFields, id: idField, version: versionField })
  .superRefine(discoveredAfterOccurred);
export type UpdateCampaignInput = z.infer<typeof UpdateCampaignInput>;

export const ChangeCampaignStatusInput = z.object({
  id: idField,
  version: versionField,
  status: z.enum(CAMPAIGN_STATUSES, { error: "Choose a status." }),
});
export type ChangeCampaignStatusInput = z.infer<typeof ChangeCampaignStatusInput>;
