import type { CampaignStatusValue } from "@/lib/campaigns/schemas";

// OPEN → RECOVERING → CLOSED; a closed campaign may be reopened into RECOVERING if trust slips again.
const NEXT: Record<CampaignStatusValue, CampaignStatusValue[]> = {
  OPEN: ["RECOVERING", "CLOSED"],
  RECOVERING: ["CLOSED"],
  CLOSED: ["RECOVERING"],
};

export function canChangeCampaignStatus(from: CampaignStatusValue, to: CampaignStatusValue): boolean {
  return NEXT[from].includes(to);
}

export function nextCampaignStatuses(from: CampaignStatusValue): CampaignStatusValue[] {
  return NEXT[from];
}

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatusValue, string> = {
  OPEN: "Open",
  RECOVERING: "Recovering",
  CLOSED: "Closed",
};
