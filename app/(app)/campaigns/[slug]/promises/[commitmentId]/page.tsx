import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { listAssignableMembers } from "@/lib/feedback/queries";
import { customerVoices, getCommitment, listLessonOptions, loopTaskCounts } from "@/lib/commitments/queries";
import { TRUST_ELEMENT_INFO } from "@/lib/commitments/elements";
import { nextStatuses, STATUS_LABELS } from "@/lib/commitments/status";
import { citeEvidence } from "@/lib/commitments/tell-them";
import { formatDate, formatDateTime } from "@/lib/shared/format";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { DueText, ElementTag, ProgressBar, StatusBadge } from "@/components/commitments/bits";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { EvidenceForm } from "@/components/commitments/evidence-form";
import { PostUpdateForm } from "@/components/commitments/post-update-form";
import { RetractEvidenceForm } from "@/components/commitments/retract-evidence-form";

export const metadata: Metadata = { title: "Commitment" };

const KIND_LABEL = { LINK: "Link", FILE: "File", METRIC: "Metric", NOTE: "Note" } as const;

const size = (bytes: number | null) => (bytes === null ? "" : bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export default async function CommitmentPage({ params }: { params: Promise<{ slug: string; commitmentId: string }> }) {
  const member = await requireMemberPage();
  const { slug, commitmentId } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const c = await getCommitment(member, campaign.id, commitmentId);
  if (!c) notFound();
  const now = new Date();
  const mayWrite = can(member.role, "commitment.write");
  const mayEvidence = can(member.role, "evidence.write");
  const [voices, members, lessonOptions, tasks] = await Promise.all([
    customerVoices(member, c.id),
    mayWrite ? listAssignableMembers(member) : Promise.resolve([]),
    mayWrite ? listLessonOptions(member, campaign.id) : Promise.resolve([]),
    loopTaskCounts(member, c.id),
  ]);
  const live = c.evidence.filter((e) => !e.retractedAt).length;
  const base = `/campaigns/${campaign.slug}/promises`;
  const { open: openTasks, told: toldTasks } = tasks;
  const info = TRUST_ELEMENT_INFO[c.trustElement];
  return (
    <>
      <PageHeader
        title={c.title}
        description={<span className="flex flex-wrap items-center gap-2"><Link className="underline" href={base}>Back to the promises</Link><StatusBadge status={c.status} /><DueText c={c} now={now} /><Badge tone={c.isPublic ? "info" : "neutral"}>{c.isPublic ? "public" : "internal"}</Badge></span>}
      />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-4">
          <Card>
            <dl className="grid gap-3 text-sm sm:grid-cols-3">
              <div><dt className="text-xs text-muted">Owner</dt><dd data-testid="commitment-owner">{c.owner?.name ?? "No owner"}</dd></div>
              <div><dt className="text-xs text-muted">Due</dt><dd>{formatDate(c.dueDate)}</dd></div>
              <div><dt className="text-xs text-muted">Element of trust</dt><dd><ElementTag element={c.trustElement} /> <span className="text-xs text-muted">{info.question}</span></dd></div>
            </dl>
            <div className="mt-4"><ProgressBar value={c.progress} label="Progress" /></div>
            {c.description ? <p className="mt-4 whitespace-pre-wrap text-sm">{c.description}</p> : null}
            {c.statusReason && (c.status === "MISSED" || c.status === "DROPPED") ? (
              <p className="mt-4 rounded-md bg-warn-bg p-3 text-sm text-warn"><strong>{STATUS_LABELS[c.status]}:</strong> {c.statusReason}</p>
            ) : null}
            {c.status === "DONE" && c.completedAt ? <p className="mt-4 text-sm text-ok" data-testid="kept-on">Kept on {formatDate(c.completedAt)}{c.completedAt > c.dueDate ? " (late)" : ""}.</p> : null}
          </Card>

          <section aria-labelledby="evidence-heading" className="flex flex-col gap-3">
            <h2 id="evidence-heading" className="text-lg font-semibold">Evidence <span className="text-sm font-normal text-muted">({live} standing{c.evidence.length > live ? `, ${c.evidence.length - live} retracted` : ""})</span></h2>
            {c.evidence.length === 0 ? (
              <p className="rounded-lg border border-dashed border-border p-4 text-sm text-muted">No evidence yet. A promise is marked done only with proof: a file, a link, a measured figure or a note of what was done.</p>
            ) : (
              <ul className="flex flex-col gap-2" data-testid="evidence-list">
                {c.evidence.map((e) => (
                  <li key={e.id} className={`rounded-md border bg-surface p-3 ${e.retractedAt ? "border-dashed border-border" : "border-border"}`}>
                    <p className="flex flex-wrap items-center gap-2 text-sm">
                      <Badge>{KIND_LABEL[e.kind]}</Badge>
                      {e.kind === "FILE" ? (
                        <a className="font-medium underline" href={`/api/evidence/${e.id}`} download>{e.title}</a>
                      ) : e.kind === "LINK" && e.url ? (
                        <a className="font-medium underline" href={e.url} rel="noopener noreferrer nofollow" target="_blank">{e.title}</a>
                      ) : <span className="font-medium">{e.title}</span>}
                      {e.kind === "FILE" ? <span className="text-xs text-muted">{e.fileName} · {size(e.fileSize)}</span> : null}
                      {e.isPublic ? <Badge tone="info">public</Badge> : null}
                      {e.retractedAt ? <Badge tone="danger">retracted</Badge> : null}
                    </p>
                    {e.kind === "METRIC" ? <p className="mt-1 text-sm">{citeEvidence(e)}</p> : null}
                    {e.note && e.kind !== "METRIC" ? <p className="mt-1 whitespace-pre-wrap text-sm">{e.note}</p> : null}
                    <p className="mt-1 text-xs text-muted">Added by {e.addedBy.name}, {formatDateTime(e.createdAt)}</p>
                    {e.retractedAt ? <p className="mt-1 text-xs text-danger">Retracted by {e.retractedBy?.name ?? "a former member"}, {formatDateTime(e.retractedAt)}: {e.retractReason}</p> : null}
                    {mayEvidence && !e.retractedAt ? <RetractEvidenceForm evidenceId={e.id} version={e.version} title={e.title} /> : null}
                  </li>
                ))}
              </ul>
            )}
            {mayEvidence ? (
              <Card>
                <h3 className="mb-3 font-semibold">Add a piece of evidence</h3>
                <EvidenceForm commitmentId={c.id} commitmentPublic={c.isPublic} />
              </Card>
            ) : null}
          </section>

          <section aria-labelledby="updates-heading" className="flex flex-col gap-3">
            <h2 id="updates-heading" className="text-lg font-semibold">Updates</h2>
            {mayWrite ? (
              <Card>
                <PostUpdateForm commitmentId={c.id} version={c.version} status={c.status} progress={c.progress} next={nextStatuses(c.status)} liveEvidence={live} />
              </Card>
            ) : null}
            <ol className="flex flex-col gap-2" data-testid="timeline">
              {c.updates.map((u) => (
                <li key={u.id} className="rounded-md border border-border bg-surface p-3 text-sm">
                  <p className="whitespace-pre-wrap">{u.text}</p>
                  <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-muted">
                    <span>{u.author.name}, {formatDateTime(u.createdAt)}</span>
                    {u.statusTo ? <span>{u.statusFrom ? `${STATUS_LABELS[u.statusFrom]} → ` : ""}{STATUS_LABELS[u.statusTo]}</span> : null}
                    {u.progressTo !== null ? <span>{u.progressFrom !== null ? `${u.progressFrom}% → ` : ""}{u.progressTo}%</span> : null}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        </div>

        <div className="flex flex-col gap-4">
          <Card>
            <h2 className="font-semibold">Why we promised it</h2>
            {c.lessons.length === 0 ? (
              <p className="mt-2 text-sm text-muted">Not linked to a lesson. Link it to one so the customers behind it can be told when it is kept.</p>
            ) : (
              <ul className="mt-2 flex flex-col gap-3 text-sm" data-testid="commitment-chain">
                {c.lessons.map(({ lesson }) => (
                  <li key={lesson.id}>
                    <p>Lesson: <Link className="font-medium underline" href={`/campaigns/${campaign.slug}/learn/lessons/${lesson.id}`}>{lesson.title}</Link></p>
                    <p className="mt-1 text-xs text-muted">Root cause: {lesson.rootCause.length > 200 ? `${lesson.rootCause.slice(0, 197)}…` : lesson.rootCause}</p>
                    <p className="mt-1 flex flex-wrap gap-1 text-xs">
                      {lesson.themes.map(({ theme }) => <Link key={theme.id} className="rounded bg-sunken px-1.5 py-0.5 underline" href={`/campaigns/${campaign.slug}/learn/themes/${theme.id}`}>{theme.label}</Link>)}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {voices.voices.length ? (
              <>
                <h3 className="mt-4 text-sm font-semibold">The customers behind it ({voices.total})</h3>
                <ul className="mt-2 flex flex-col gap-2" data-testid="customer-voices">
                  {voices.voices.map((v) => (
                    <li key={v.id}>
                      <blockquote className="border-l-4 border-gold pl-3 text-sm">
                        “{v.text.length > 240 ? `${v.text.slice(0, 237)}…` : v.text}”
                        <footer className="text-xs text-muted">— {v.authorName ?? v.authorHandle ?? "Anonymous"}, {v.channel.toLowerCase()} · <Link className="underline" href={`/campaigns/${v.campaign.slug}/listen/${v.id}`}>open</Link></footer>
                      </blockquote>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Card>
          <Card>
            <h2 className="font-semibold">Close the loop</h2>
            <p className="mt-2 text-sm">
              {c.status === "DONE"
                ? openTasks + toldTasks === 0 ? "No customers are linked to it through its lessons." : `${toldTasks} told, ${openTasks} still to tell.`
                : "When it is done, the customers behind it are listed for the communications team to tell, with a reply citing the evidence."}
            </p>
            {openTasks + toldTasks > 0 ? <p className="mt-2 text-sm"><Link className="underline" href={`${base}/tell`}>Open the “tell them” list</Link></p> : null}
          </Card>
          {mayWrite ? (
            <details className="rounded-lg border border-border bg-surface p-4">
              <summary className="cursor-pointer font-medium">Edit commitment</summary>
              <div className="mt-4">
                <CommitmentForm
                  target={{ mode: "edit", commitmentId: c.id, version: c.version }}
                  initial={{ title: c.title, description: c.description, ownerId: c.ownerId ?? "", dueDate: c.dueDate.toISOString().slice(0, 10), trustElement: c.trustElement, isPublic: c.isPublic, lessonIds: c.lessons.map((l) => l.lesson.id) }}
                  members={members}
                  lessons={lessonOptions}
                />
              </div>
            </details>
          ) : null}
        </div>
      </div>
    </>
  );
}
