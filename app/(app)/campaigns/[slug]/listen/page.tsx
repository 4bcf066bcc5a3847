import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { StepPlaceholder } from "@/components/campaigns/step-placeholder";

export const metadata: Metadata = { title: "Listen" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  return <StepPlaceholder campaignTitle={campaign.title} slug={campaign.slug} title="Listen" coming={["Gather feedback from every channel in one inbox", "Reply fast and with compassion, against the response SLA", "Import CSV files and receive items through the REST API"]} />;
}
