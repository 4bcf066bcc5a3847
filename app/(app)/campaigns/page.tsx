import type { Metadata } from "next";
import Link from "next/link";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCampaigns } from "@/lib/campaigns/queries";
import { computeSteps } from "@/lib/campaigns/stepper";
import { CAMPAIGN_STATUS_LABELS } from "@/lib/campaigns/status";
import { formatDate } from "@/lib/shared/format";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { StepProgress } from "@/components/campaigns/stepper";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const member = await requireMemberPage();
  const { cursor } = await searchParams;
  const { campaigns, nextCursor } = await listCampaigns(member, typeof cursor === "string" ? cursor : null);
  const mayCreate = can(member.role, "campaign.create");
  return (
    <>
      <PageHeader
        title="Campaigns"
        description="One campaign per incident: apologize, listen, learn, keep promises, and share the proof."
        actions={mayCreate ? <LinkButton href="/campaigns/new">New campaign</LinkButton> : null}
      />
      {campaigns.length === 0 && !cursor ? (
        <EmptyState
          title="No campaigns yet"
          action={mayCreate ? <LinkButton href="/campaigns/new">Open a campaign for the incident</LinkButton> : null}
        >
          {mayCreate
            ? "When something broke your customers' trust, open a campaign for it. Kintsugi walks your team through the five steps of winning it back."
            : "Your communications team or an admin opens a campaign for each incident. It will appear here."}
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {campaigns.map((c) => (
            <li key={c.id} className="rounded-lg border border-border bg-surface p-4">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <Link href={`/campaigns/${c.slug}`} className="text-lg font-semibold underline-offset-2 hover:underline">
                    {c.title}
                  </Link>
                  <p className="text-sm text-muted">
                    Since {formatDate(c.occurredAt)} · {c.severity.toLowerCase()} severity
                  </p>
                </div>
                <div className="flex items-center gap-3">
                  <Badge tone={c.status === "CLOSED" ? "neutral" : c.status === "RECOVERING" ? "ok" : "warn"}>{CAMPAIGN_STATUS_LABELS[c.status]}</Badge>
                  <StepProgress steps={computeSteps(c.facts)} />
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      {nextCursor ? (
        <div className="mt-4">
          <LinkButton variant="secondary" href={`/campaigns?cursor=${nextCursor}`}>
            Older campaigns
          </LinkButton>
        </div>
      ) : null}
    </>
  );
}
