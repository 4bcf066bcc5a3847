import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { listLoopTasks } from "@/lib/commitments/queries";
import { tellThemReply } from "@/lib/commitments/tell-them";
import { formatDate, formatDateTime } from "@/lib/shared/format";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { TellTaskForm } from "@/components/commitments/tell-task-form";

export const metadata: Metadata = { title: "Tell them" };

export default async function TellThemPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ status?: string; page?: string }> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const sp = await searchParams;
  const status = sp.status === "TOLD" ? "TOLD" : "OPEN";
  const page = Math.max(1, Math.min(10_000, Number(sp.page) || 1));
  const { tasks, total, pages, evidence } = await listLoopTasks(member, campaign.id, { status, page });
  const base = `/campaigns/${campaign.slug}/promises`;
  const here = `${base}/tell`;
  const canTell = can(member.role, "loop.tell");
  return (
    <>
      <PageHeader
        title="Tell them"
        description={<><Link className="underline" href={base}>Back to the promises</Link>. When a promise is kept, the people whose complaints led to it hear it from us — with the proof.</>}
      />
      <nav aria-label="Which tasks" className="mb-4 flex gap-1 text-sm">
        <Link aria-current={status === "OPEN" ? "page" : undefined} className={`rounded-md px-3 py-1 ${status === "OPEN" ? "bg-sunken font-medium" : ""}`} href={here}>To tell</Link>
        <Link aria-current={status === "TOLD" ? "page" : undefined} className={`rounded-md px-3 py-1 ${status === "TOLD" ? "bg-sunken font-medium" : ""}`} href={`${here}?status=TOLD`}>Told</Link>
      </nav>
      <p className="mb-3 text-sm text-muted" aria-live="polite" data-testid="task-total">{total} {status === "OPEN" ? "to tell" : "told"}</p>
      {tasks.length === 0 ? (
        <EmptyState title={status === "OPEN" ? "No one to tell right now" : "No one told yet"} action={<LinkButton variant="secondary" href={base}>See the promises</LinkButton>}>
          {status === "OPEN"
            ? "When a commitment linked to a lesson is marked done, the customers behind that lesson's themes appear here, each with a reply that cites the public evidence."
            : "Customers marked as told appear here, with who told them and when."}
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-4" data-testid="tell-tasks">
          {tasks.map((t) => {
            const proof = evidence.filter((e) => e.commitmentId === t.commitmentId);
            const author = t.feedbackItem.authorName ?? t.feedbackItem.authorHandle ?? null;
            const original = t.feedbackItem.url && /^https?:\/\//i.test(t.feedbackItem.url) ? t.feedbackItem.url : null;
            return (
              <li key={t.id}>
                <Card as="div" className="grid gap-4 md:grid-cols-2">
                  <div className="flex flex-col gap-2 text-sm">
                    <h2 className="font-semibold">{author ?? "An anonymous customer"}</h2>
                    <p className="text-xs text-muted">{t.feedbackItem.channel.replace("_", " ").toLowerCase()} · {formatDate(t.feedbackItem.receivedAt)}</p>
                    <blockquote className="border-l-4 border-gold pl-3">“{t.feedbackItem.text}”</blockquote>
                    <p>Promise kept: <Link className="underline" href={`${base}/${t.commitment.id}`}>{t.commitment.title}</Link>{t.commitment.completedAt ? ` (${formatDate(t.commitment.completedAt)})` : ""}</p>
                    <p className="flex flex-wrap gap-3">
                      <Link className="underline" href={`/campaigns/${campaign.slug}/listen/${t.feedbackItem.id}`}>Open in the inbox</Link>
                      {original ? <a className="underline" href={original} rel="noopener noreferrer nofollow" target="_blank">Open the original</a> : null}
                    </p>
                    {proof.length === 0 ? <p className="text-xs text-warn">No public evidence: the reply cites no proof. Mark a piece of evidence public to cite it.</p> : null}
                  </div>
                  {status === "OPEN" ? (
                    <TellTaskForm taskId={t.id} canTell={canTell} reply={tellThemReply({ authorName: author, feedbackText: t.feedbackItem.text, commitmentTitle: t.commitment.title, evidence: proof })} />
                  ) : (
                    <p className="text-sm">Told by {t.toldBy?.name ?? "a former member"}{t.toldAt ? `, ${formatDateTime(t.toldAt)}` : ""}.</p>
                  )}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
          {page > 1 ? <Link className="underline" href={`${here}?status=${status}&page=${page - 1}`}>Previous page</Link> : null}
          <span>Page {page} of {pages}</span>
          {page < pages ? <Link className="underline" href={`${here}?status=${status}&page=${page + 1}`}>Next page</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
