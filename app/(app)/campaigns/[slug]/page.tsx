import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug, loadStepFacts } from "@/lib/campaigns/queries";
import { computeSteps, emptyStepFacts } from "@/lib/campaigns/stepper";
import { CAMPAIGN_STATUS_LABELS, nextCampaignStatuses } from "@/lib/campaigns/status";
import { formatDateTime, formatDuration } from "@/lib/shared/format";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Stepper } from "@/components/campaigns/stepper";
import { CampaignStatusForm } from "@/components/campaigns/status-form";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  return { title: slug };
}

export default async function CampaignHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const facts = (await loadStepFacts(member.organizationId, [campaign])).get(campaign.id) ?? emptyStepFacts();
  const steps = computeSteps(facts);
  return (
    <>
      <PageHeader
        title={campaign.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={campaign.status === "CLOSED" ? "neutral" : campaign.status === "RECOVERING" ? "ok" : "warn"}>
              {CAMPAIGN_STATUS_LABELS[campaign.status]}
            </Badge>
            <span>{campaign.severity.toLowerCase()} severity · response SLA {formatDuration(campaign.slaMinutes)}</span>
          </span>
        }
        actions={can(member.role, "campaign.update") ? <LinkButton variant="secondary" href={`/campaigns/${campaign.slug}/edit`}>Edit</LinkButton> : null}
      />
      <section aria-labelledby="steps-heading" className="mb-8">
        <h2 id="steps-heading" className="mb-3 text-lg font-semibold">
          The five steps
        </h2>
        <Stepper steps={steps} basePath={`/campaigns/${campaign.slug}`} />
      </section>
      <div className="grid gap-4 md:grid-cols-3">
        <Card className="md:col-span-2">
          <h2 className="text-lg font-semibold">What happened</h2>
          <p className="mt-2 whitespace-pre-line text-sm">{campaign.summary}</p>
          <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-muted">Happened</dt>
              <dd>{formatDateTime(campaign.occurredAt)}</dd>
            </div>
            <div>
              <dt className="text-muted">Discovered</dt>
              <dd>{campaign.discoveredAt ? formatDateTime(campaign.discoveredAt) : "Not recorded"}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-muted">Affected audience</dt>
              <dd>{campaign.affectedAudience}</dd>
            </div>
          </dl>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Status</h2>
          <p className="mt-2 text-sm text-muted">
            Public page:{" "}
            {campaign.publicPage ? (
              // A plain link: the public page is HTML without scripts, not for the client router.
              <a className="underline" href={`/p/${member.organizationSlug}/${campaign.slug}`}>on — open it</a>
            ) : (
              "off (turn it on in Edit)"
            )}
          </p>
          {can(member.role, "campaign.changeStatus") && nextCampaignStatuses(campaign.status).length > 0 ? (
            <div className="mt-4">
              <CampaignStatusForm id={campaign.id} version={campaign.version} next={nextCampaignStatuses(campaign.status)} />
            </div>
          ) : null}
        </Card>
      </div>
    </>
  );
}
