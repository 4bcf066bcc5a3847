import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { StepPlaceholder } from "@/components/campaigns/step-placeholder";

export const metadata: Metadata = { title: "Apologize" };

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  return <StepPlaceholder campaignTitle={campaign.title} slug={campaign.slug} title="Apologize" coming={["Draft a variant per channel: statement, customer email, social post", "See a live sincerity analysis with findings and better wordings", "Submit for review; an executive approves; publish, with dated revisions"]} />;
}
