import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { StepPlaceholder } from "@/components/campaigns/step-placeholder";

export const metadata: Metadata = { title: "Keep promises" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  return <StepPlaceholder campaignTitle={campaign.title} slug={campaign.slug} title="Keep promises" coming={["Make commitments with owners, dates and trust elements", "Post progress and evidence; close the loop with the people who complained"]} />;
}
