import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { loadCampaignDashboard } from "@/lib/dashboard/campaign-dashboard";
import { boardReport } from "@/lib/dashboard/report";
import { EmptyState } from "@/components/ui/card";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { BoardReportView } from "@/components/dashboard/board-report";
import { PrintButton } from "@/components/dashboard/print-button";

export const metadata: Metadata = { title: "Board report" };

export default async function BoardReportPage({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMemberPage();
  if (!can(member.role, "dashboard.read")) {
    return <EmptyState title="The board report is for admins, managers and executives" />;
  }
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const report = boardReport(await loadCampaignDashboard(member, campaign, new Date()));
  const base = `/campaigns/${campaign.slug}/dashboard`;
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap gap-2">
        <LinkButton variant="ghost" href={base}>Back to the dashboard</LinkButton>
        <PrintButton />
        <a className={buttonClass("secondary")} href={`${base}/report.pdf`} download>
          Download PDF
        </a>
      </div>
      <BoardReportView report={report} />
    </>
  );
}
