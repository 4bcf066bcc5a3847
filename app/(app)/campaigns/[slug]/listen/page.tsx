import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { filterToSearchParams, parseInboxFilter } from "@/lib/feedback/inbox-filters";
import { queryInbox } from "@/lib/feedback/inbox-query";
import { listAssignableMembers, listCampaignThemes } from "@/lib/feedback/queries";
import { responseFigures } from "@/lib/feedback/response-figures";
import { presentInboxRow } from "@/lib/feedback/present";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { InboxFilterForm } from "@/components/feedback/inbox-filter-form";
import { InboxList } from "@/components/feedback/inbox-list";
import { ResponseFiguresPanel } from "@/components/feedback/response-figures";

export const metadata: Metadata = { title: "Listen" };

export default async function ListenPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const filter = parseInboxFilter(await searchParams);
  const now = new Date();
  const scope = { organizationId: member.organizationId, campaignId: campaign.id };
  const [inbox, members, themes, overall, byChannel, byResponder] = await Promise.all([
    queryInbox(member, campaign, filter, now),
    listAssignableMembers(member),
    listCampaignThemes(member, campaign.id),
    responseFigures(scope, campaign.slaMinutes, "all"),
    responseFigures(scope, campaign.slaMinutes, "channel"),
    responseFigures(scope, campaign.slaMinutes, "responder"),
  ]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const base = `/campaigns/${campaign.slug}/listen`;
  const filtered = [...filterToSearchParams(filter, { cursor: undefined }).keys()].length > 0;
  const mayImport = can(member.role, "feedback.import");
  return (
    <>
      <PageHeader
        title="Listen"
        description={<>Step 2 of <Link className="underline" href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>: every channel in one place; answer fast, with compassion. Press <kbd>?</kbd> for keyboard shortcuts.</>}
        actions={<>
          {mayImport ? <LinkButton variant="secondary" href={`${base}/import`}>Import CSV</LinkButton> : null}
          {can(member.role, "savedReply.manage") ? <LinkButton variant="ghost" href="/settings/saved-replies">Saved replies</LinkButton> : null}
        </>}
      />
      <div className="flex flex-col gap-4">
        <ResponseFiguresPanel
          overall={overall.get("all")}
          byChannel={[...byChannel].map(([k, v]) => [k.replace("_", " ").toLowerCase(), v])}
          byResponder={[...byResponder].map(([k, v]) => [names.get(k) ?? "Former member", v])}
          slaMinutes={campaign.slaMinutes}
        />
        <InboxFilterForm filter={filter} basePath={base} members={members} themes={themes} />
        <p className="text-sm text-muted" aria-live="polite" data-testid="inbox-total">
          {inbox.total} item{inbox.total === 1 ? "" : "s"}{filtered ? " match" : ""}
        </p>
        {inbox.items.length === 0 ? (
          filtered ? (
            <EmptyState title="Nothing matches these filters" action={<LinkButton variant="secondary" href={base}>Clear filters</LinkButton>} />
          ) : (
            <EmptyState title="No feedback yet" action={mayImport ? <LinkButton href={`${base}/import`}>Import a CSV</LinkButton> : null}>
              Bring in what customers say: import a CSV export from your social or support tools, connect a listening tool to the REST API with an API token, or turn on the public page with its feedback form.
            </EmptyState>
          )
        ) : (
          <InboxList
            rows={inbox.items.map((i) => presentInboxRow(i, campaign.slaMinutes, now))}
            basePath={base}
            canTriage={can(member.role, "feedback.triage")}
            members={members}
            themes={themes}
          />
        )}
        {inbox.nextCursor ? (
          <div><LinkButton variant="secondary" href={`${base}?${filterToSearchParams(filter, { cursor: inbox.nextCursor })}`}>Next page</LinkButton></div>
        ) : null}
      </div>
    </>
  );
}
