import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { getFeedbackItem, listAssignableMembers, listSavedReplies } from "@/lib/feedback/queries";
import { formatSlaClock, slaState } from "@/lib/feedback/sla";
import { formatDateTime } from "@/lib/shared/format";
import { Card, PageHeader, Badge } from "@/components/ui/card";
import { ReplyComposer } from "@/components/feedback/reply-composer";
import { ItemTriage } from "@/components/feedback/item-triage";
import { AskToFeature } from "@/components/stories/ask-to-feature";

export const metadata: Metadata = { title: "Feedback item" };

export default async function FeedbackItemPage({ params }: { params: Promise<{ slug: string; itemId: string }> }) {
  const member = await requireMemberPage();
  const { slug, itemId } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const item = await getFeedbackItem(member, campaign.id, itemId);
  if (!item) notFound();
  const [savedReplies, members] = await Promise.all([listSavedReplies(member), listAssignableMembers(member)]);
  const clock = formatSlaClock(slaState(item, campaign.slaMinutes, new Date()));
  const safeUrl = item.url && /^https?:\/\//i.test(item.url) ? item.url : null;
  return (
    <>
      <PageHeader
        title={`From ${item.authorName ?? item.authorHandle ?? "an anonymous customer"}`}
        description={<Link className="underline" href={`/campaigns/${campaign.slug}/listen`}>Back to the inbox</Link>}
      />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-4">
          <Card>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={item.sentimentLabel === "NEGATIVE" ? "danger" : item.sentimentLabel === "POSITIVE" ? "ok" : "neutral"}>
                {item.sentimentLabel.toLowerCase()}{item.sentimentOverridden ? " (set by hand)" : ` (${item.sentimentScore.toFixed(2)})`}
              </Badge>
              <span>{item.channel.replace("_", " ").toLowerCase()}</span>
              <span className="text-muted">{formatDateTime(item.receivedAt)}</span>
              <span data-testid="item-clock">{clock}</span>
              {item.isSuggestion ? <Badge tone="info">suggestion</Badge> : null}
            </p>
            <blockquote className="mt-3 whitespace-pre-wrap break-words text-lg">{item.text}</blockquote>
            {safeUrl ? <p className="mt-3 text-sm"><a className="underline" href={safeUrl} rel="noopener noreferrer nofollow" target="_blank">Open the original</a></p> : null}
            {item.themes.length ? <p className="mt-3 flex flex-wrap gap-1 text-xs">{item.themes.map((t) => <span key={t.theme.id} className="rounded bg-sunken px-1.5 py-0.5">{t.theme.label}</span>)}</p> : null}
          </Card>
          {item.responseText ? (
            <Card>
              <h2 className="font-semibold">Reply sent</h2>
              <p className="text-xs text-muted">First reply {item.respondedAt ? formatDateTime(item.respondedAt) : ""} by {item.responder?.name ?? "a former member"}</p>
              <p className="mt-2 whitespace-pre-wrap">{item.responseText}</p>
            </Card>
          ) : null}
          {can(member.role, "feedback.reply") && item.status !== "CLOSED" ? (
            <Card>
              <ReplyComposer itemId={item.id} version={item.version} savedReplies={savedReplies} previous={item.responseText} />
            </Card>
          ) : null}
          <AskToFeature member={member} campaignSlug={campaign.slug} item={item} />
        </div>
        <Card>
          {can(member.role, "feedback.triage") ? (
            <ItemTriage itemId={item.id} version={item.version} status={item.status} assigneeId={item.assigneeId} isSuggestion={item.isSuggestion} internalNote={item.internalNote} sentiment={item.sentimentLabel} members={members} />
          ) : (
            <dl className="text-sm">
              <dt className="text-muted">Status</dt><dd>{item.status.toLowerCase()}</dd>
              <dt className="mt-2 text-muted">Assignee</dt><dd>{item.assignee?.name ?? "Unassigned"}</dd>
            </dl>
          )}
        </Card>
      </div>
    </>
  );
}
