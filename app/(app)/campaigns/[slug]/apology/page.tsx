import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { getApologyWorkspace, getVersionBodies, listApologyVariants } from "@/lib/apology/queries";
import { PRESET_CHANNELS } from "@/lib/apology/channels";
import { REVIEW_STATE_LABELS } from "@/lib/apology/review-state";
import { SCORE_FORMULA_MARKDOWN } from "@/lib/apology/analysis";
import { formatDateTime } from "@/lib/shared/format";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ApologyEditor } from "@/components/apology/apology-workspace";
import { ReviewPanel } from "@/components/apology/review-panel";
import { VersionDiff } from "@/components/apology/version-diff";
import { RestoreButton } from "@/components/apology/restore-button";
import { AddVariantForm } from "@/components/apology/add-variant-form";

export const metadata: Metadata = { title: "Apologize" };

type Search = { variant?: string; from?: string; to?: string };

const DECISION_TEXT = { SUBMITTED: "submitted", APPROVED: "approved", CHANGES_REQUESTED: "requested changes on", PUBLISHED: "published" } as const;

export default async function ApologyPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const sp = await searchParams;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const variants = await listApologyVariants(member, campaign.id);
  const mayDraft = can(member.role, "apology.draft");
  const available = PRESET_CHANNELS.filter((p) => !variants.some((v) => v.channel === p.channel));
  const selected = variants.find((v) => v.channel === sp.variant) ?? variants[0];
  const workspace = selected ? await getApologyWorkspace(member, campaign.id, selected.channel) : null;
  const base = `/campaigns/${campaign.slug}/apology`;

  const from = Number(sp.from), to = Number(sp.to);
  const bodies = workspace && from > 0 && to > 0 ? await getVersionBodies(member, workspace.apology.id, [from, to]) : null;

  return (
    <>
      <PageHeader
        title="Apologize"
        description={<>Step 1 of <Link className="underline" href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>: say sorry plainly, own it, say what you are fixing.</>}
      />
      {variants.length > 0 ? (
        <nav aria-label="Channel variants" className="mb-4">
          <ul className="flex flex-wrap gap-2">
            {variants.map((v) => (
              <li key={v.id}>
                <Link
                  href={`${base}?variant=${encodeURIComponent(v.channel)}`}
                  aria-current={v.id === selected?.id ? "page" : undefined}
                  className={`inline-flex min-h-10 items-center gap-2 rounded-md border px-3 text-sm ${v.id === selected?.id ? "border-accent bg-surface font-semibold" : "border-border hover:bg-sunken"}`}
                >
                  {v.name}
                  <span className="text-xs text-muted">{REVIEW_STATE_LABELS[v.reviewState]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {mayDraft && (available.length > 0 || variants.length > 0) ? (
        <Card className="mb-6">
          <AddVariantForm campaignId={campaign.id} available={available.map((a) => ({ channel: a.channel, name: a.name }))} />
        </Card>
      ) : null}

      {!workspace ? (
        <EmptyState title="No apology drafted yet">
          {mayDraft
            ? "Start with the channel your customers will see first: a customer email, a public statement or a social post. The analysis beside the editor shows what a sincere apology still needs."
            : "Your communications team drafts the apology here; you will be notified when it needs review."}
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <ApologyEditor
            key={workspace.apology.id}
            apologyId={workspace.apology.id}
            name={workspace.apology.name}
            charLimit={workspace.apology.charLimit}
            canEdit={mayDraft}
            current={workspace.current ? { number: workspace.current.number, body: workspace.current.body, authorName: workspace.current.author.name } : null}
            context={{ title: campaign.title, summary: campaign.summary, audience: campaign.affectedAudience, channel: workspace.apology.channel }}
            formula={SCORE_FORMULA_MARKDOWN}
          />

          <Card>
            <h2 className="mb-3 text-lg font-semibold">Review and publication</h2>
            <ReviewPanel
              apologyId={workspace.apology.id}
              apologyVersion={workspace.apology.version}
              state={workspace.apology.reviewState}
              currentNumber={workspace.current?.number ?? null}
              approvedNumber={workspace.approvedNumber}
              publishedNumber={workspace.publishedNumber}
              may={{ submit: can(member.role, "apology.submit"), review: can(member.role, "apology.review"), publish: can(member.role, "apology.publish") }}
            />
            {workspace.reviews.length > 0 ? (
              <ol className="mt-4 flex flex-col gap-2 border-t border-border pt-4 text-sm" aria-label="Review history">
                {workspace.reviews.map((r) => (
                  <li key={r.id}>
                    <span className="text-muted">{formatDateTime(r.createdAt)}</span> — {r.reviewer.name} {DECISION_TEXT[r.decision]} version {r.apologyVersion.number}
                    {r.comment ? <>: “{r.comment}”</> : null}
                  </li>
                ))}
              </ol>
            ) : null}
          </Card>

          {workspace.publications.length > 0 ? (
            <Card>
              <h2 className="mb-3 text-lg font-semibold">Public revisions</h2>
              <ol className="flex flex-col gap-2 text-sm" data-testid="publications">
                {workspace.publications.map((p, i) => (
                  <li key={p.id}>
                    <span className="font-medium">{formatDateTime(p.publishedAt)}</span> — version {p.apologyVersion.number} by {p.publishedBy.name}
                    {i === workspace.publications.length - 1 ? " (first publication)" : <>: {p.changeSummary}</>}
                  </li>
                ))}
              </ol>
            </Card>
          ) : null}

          <Card>
            <h2 className="mb-3 text-lg font-semibold">History</h2>
            {workspace.versions.length === 0 ? (
              <p className="text-sm text-muted">Every save will appear here as a version you can compare and restore.</p>
            ) : (
              <>
                <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
                  <input type="hidden" name="variant" value={workspace.apology.channel} />
                  {(["from", "to"] as const).map((k) => (
                    <div key={k} className="flex flex-col gap-1">
                      <label htmlFor={`diff-${k}`} className="text-sm font-medium">{k === "from" ? "Compare version" : "with version"}</label>
                      <select
                        id={`diff-${k}`}
                        name={k}
                        defaultValue={String(k === "from" ? (from || workspace.versions[Math.min(1, workspace.versions.length - 1)].number) : (to || workspace.versions[0].number))}
                        className="min-h-10 rounded-md border border-border bg-surface px-2 text-sm"
                      >
                        {workspace.versions.map((v) => <option key={v.number} value={v.number}>{v.number}</option>)}
                      </select>
                    </div>
                  ))}
                  <Button type="submit" variant="secondary">Show changes</Button>
                </form>
                {bodies && bodies.has(from) && bodies.has(to) ? (
                  <div className="mb-4"><VersionDiff from={bodies.get(from)!} to={bodies.get(to)!} fromNumber={from} toNumber={to} /></div>
                ) : null}
                <div className="overflow-x-auto">
                  <table className="w-full text-left text-sm">
                    <caption className="sr-only">Versions, newest first</caption>
                    <thead>
                      <tr className="border-b border-border">
                        <th scope="col" className="py-1 pr-3">Version</th>
                        <th scope="col" className="py-1 pr-3">Saved</th>
                        <th scope="col" className="py-1 pr-3">By</th>
                        <th scope="col" className="py-1 pr-3">Score</th>
                        <th scope="col" className="py-1"><span className="sr-only">Actions</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      {workspace.versions.map((v) => (
                        <tr key={v.id} className="border-b border-border">
                          <td className="py-1 pr-3">
                            {v.number}
                            {v.number === workspace.publishedNumber ? <span className="ml-1 text-xs text-ok">public</span> : null}
                            {v.restoredFrom ? <span className="ml-1 text-xs text-muted">(restored from {v.restoredFrom})</span> : null}
                          </td>
                          <td className="py-1 pr-3">{formatDateTime(v.createdAt)}</td>
                          <td className="py-1 pr-3">{v.author.name}</td>
                          <td className="py-1 pr-3">{v.score}</td>
                          <td className="py-1">
                            {mayDraft && workspace.current && v.number !== workspace.current.number ? (
                              <RestoreButton apologyId={workspace.apology.id} number={v.number} baseNumber={workspace.current.number} />
                            ) : null}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
