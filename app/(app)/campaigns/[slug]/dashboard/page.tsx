import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { loadCampaignDashboard } from "@/lib/dashboard/campaign-dashboard";
import { formatDateTime } from "@/lib/shared/format";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { AttentionList } from "@/components/dashboard/attention-list";
import { CommitmentsBurnup, IndexOverTime, ResponseTimes, SentimentOverTime } from "@/components/dashboard/campaign-charts";
import { ElementCoverage, StoriesPanel, TopThemes } from "@/components/dashboard/coverage-panels";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { TrustPanel } from "@/components/dashboard/trust-panel";

export const metadata: Metadata = { title: "Dashboard" };

export default async function CampaignDashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMemberPage();
  if (!can(member.role, "dashboard.read")) {
    return <EmptyState title="The dashboard is for admins, managers and executives">Ask an admin if you need to follow the recovery figures.</EmptyState>;
  }
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const data = await loadCampaignDashboard(member, campaign, new Date());
  const base = `/campaigns/${campaign.slug}/dashboard`;
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          <>
            Trust recovery for <Link className="underline" href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>. Figures as of{" "}
            <time dateTime={data.computedAt.toISOString()} data-testid="computed-at">{formatDateTime(data.computedAt)}</time>.
          </>
        }
        actions={
          <>
            <LinkButton variant="secondary" href={`${base}/report`}>Board report</LinkButton>
            <a className={buttonClass("secondary")} href={`${base}/report.pdf`} download data-testid="download-pdf">Download PDF</a>
          </>
        }
      />
      <div className="flex flex-col gap-4">
        <KeyFigures figures={data.keyFigures} />
        <div className="grid gap-4 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <TrustPanel trust={data.trust} series={data.series} />
          </div>
          <AttentionList items={data.attention} />
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <IndexOverTime data={data} />
          <SentimentOverTime data={data} />
          <ResponseTimes data={data} />
          <CommitmentsBurnup data={data} />
        </div>
        <div className="grid gap-4 lg:grid-cols-3">
          <ElementCoverage elements={data.elements} slug={campaign.slug} />
          <TopThemes themes={data.themes} slug={campaign.slug} />
          <StoriesPanel stories={data.stories} slug={campaign.slug} />
        </div>
        <p className="text-sm text-muted">
          <Link href="/dashboard" className="underline">Compare all campaigns</Link>
        </p>
      </div>
    </>
  );
}
