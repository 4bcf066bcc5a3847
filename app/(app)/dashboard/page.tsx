import type { Metadata } from "next";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { DEFAULT_DIR, isOrgSort } from "@/lib/dashboard/org-sort";
import { loadOrganizationDashboard, ORG_CAMPAIGN_LIMIT } from "@/lib/dashboard/organization-dashboard";
import { formatDateTime } from "@/lib/shared/format";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { CampaignComparison } from "@/components/dashboard/campaign-comparison";

export const metadata: Metadata = { title: "Dashboard" };

export default async function OrganizationDashboardPage({ searchParams }: { searchParams: Promise<{ sort?: string; dir?: string }> }) {
  const member = await requireMemberPage();
  if (!can(member.role, "dashboard.read")) {
    return <EmptyState title="The dashboard is for admins, managers and executives">Ask an admin if you need to follow the recovery figures.</EmptyState>;
  }
  const sp = await searchParams;
  const sort = isOrgSort(sp.sort) ? sp.sort : "index";
  const dir = sp.dir === "asc" || sp.dir === "desc" ? sp.dir : DEFAULT_DIR[sort];
  const data = await loadOrganizationDashboard(member, new Date(), { sort, dir });
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={<>Every campaign of {member.organizationName} side by side. Figures as of <time dateTime={data.computedAt.toISOString()}>{formatDateTime(data.computedAt)}</time>.</>}
      />
      {data.rows.length === 0 ? (
        <EmptyState title="No campaigns yet" action={can(member.role, "campaign.create") ? <LinkButton href="/campaigns/new">Open a campaign</LinkButton> : null}>
          Open a campaign for the incident; its Trust Recovery Index appears here from the first feedback, commitment or story.
        </EmptyState>
      ) : (
        <>
          <CampaignComparison rows={data.rows} sort={sort} dir={dir} />
          {data.total > data.rows.length ? (
            <p className="mt-2 text-sm text-muted">Showing the {ORG_CAMPAIGN_LIMIT} most recent of {data.total} campaigns.</p>
          ) : null}
        </>
      )}
    </>
  );
}
