import type { Metadata } from "next";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { createCampaignAction } from "@/lib/campaigns/actions";
import { PageHeader, EmptyState } from "@/components/ui/card";
import { CampaignForm } from "@/components/campaigns/campaign-form";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  const member = await requireMemberPage();
  if (!can(member.role, "campaign.create")) {
    return <EmptyState title="You cannot open campaigns">Ask your communications team or an admin to open one.</EmptyState>;
  }
  return (
    <>
      <PageHeader title="New campaign" description="Describe the incident plainly. Everything else builds on this." />
      <CampaignForm
        action={createCampaignAction}
        submitLabel="Open campaign"
        initial={{ title: "", slug: "", summary: "", occurredAt: "", discoveredAt: "", severity: "HIGH", affectedAudience: "", slaHours: "4", publicPage: false }}
      />
    </>
  );
}
