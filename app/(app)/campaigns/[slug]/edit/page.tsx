import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { updateCampaignAction } from "@/lib/campaigns/actions";
import { toDateTimeLocal } from "@/lib/shared/format";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { CampaignForm } from "@/components/campaigns/campaign-form";

export const metadata: Metadata = { title: "Edit campaign" };

export default async function EditCampaignPage({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  if (!can(member.role, "campaign.update")) {
    return <EmptyState title="You cannot edit this campaign">Your communications team or an admin can.</EmptyState>;
  }
  return (
    <>
      <PageHeader title={`Edit: ${campaign.title}`} />
      <CampaignForm
        action={updateCampaignAction}
        submitLabel="Save campaign"
        initial={{
          id: campaign.id,
          version: campaign.version,
          title: campaign.title,
          slug: campaign.slug,
          summary: campaign.summary,
          occurredAt: toDateTimeLocal(campaign.occurredAt),
          discoveredAt: toDateTimeLocal(campaign.discoveredAt),
          severity: campaign.severity,
          affectedAudience: campaign.affectedAudience,
          slaHours: String(campaign.slaMinutes / 60),
          publicPage: campaign.publicPage,
        }}
      />
    </>
  );
}
