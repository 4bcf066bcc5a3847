import type { Metadata } from "next";
import Link from "next/link";
import { requireMemberPage } from "@/lib/auth/session";
import { ownersWithCommitments, weeklyDigest } from "@/lib/commitments/my-queries";
import { STATUS_LABELS } from "@/lib/commitments/status";
import { formatDate, formatDateTime } from "@/lib/shared/format";
import { Card, PageHeader } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { MyCommitmentList } from "@/components/commitments/my-list";

export const metadata: Metadata = { title: "Weekly digest" };

// One owner's week, printable: what was kept, what is late or due, what lacks proof, what happened.
export default async function DigestPage({ searchParams }: { searchParams: Promise<{ owner?: string }> }) {
  const member = await requireMemberPage();
  const { owner } = await searchParams;
  const now = new Date();
  const owners = await ownersWithCommitments(member);
  const ownerId = owner && (owner === member.userId || owners.some((o) => o.id === owner)) ? owner : member.userId;
  const d = await weeklyDigest(member, ownerId, now);
  const name = d.owner?.name ?? member.name;
  const sections = [
    { key: "kept", title: "Kept this week", rows: d.kept, empty: "Nothing kept this week." },
    { key: "overdue", title: "Overdue", rows: d.overdue, empty: "Nothing overdue." },
    { key: "due", title: "Due in the next seven days", rows: d.dueThisWeek, empty: "Nothing due in the next seven days." },
    { key: "waiting", title: "Waiting for evidence", rows: d.waiting, empty: "Every open commitment has some evidence." },
  ];
  return (
    <>
      <PageHeader
        title={`Weekly digest: ${name}`}
        description={<>{formatDate(d.since)} to {formatDate(now)} · <Link className="underline" href="/my-commitments">My commitments</Link></>}
      />
      <form method="get" className="no-print mb-6 flex flex-wrap items-end gap-2" aria-label="Choose whose digest">
        <label className="flex flex-col gap-1 text-xs font-medium">Owner
          <select name="owner" defaultValue={ownerId} className="min-h-10 rounded-md border border-border bg-surface px-2 text-sm">
            {owners.some((o) => o.id === member.userId) ? null : <option value={member.userId}>{member.name} (me)</option>}
            {owners.map((o) => <option key={o.id} value={o.id}>{o.name}{o.id === member.userId ? " (me)" : ""}</option>)}
          </select>
        </label>
        <Button type="submit" variant="secondary">Show</Button>
      </form>
      <div className="flex flex-col gap-6">
        <p className="text-sm" data-testid="digest-summary">
          {d.kept.length} kept · {d.overdue.length} overdue · {d.dueThisWeek.length} due this week · {d.waiting.length} waiting for evidence · {d.updates.length} update{d.updates.length === 1 ? "" : "s"} and {d.evidenceAdded} piece{d.evidenceAdded === 1 ? "" : "s"} of evidence posted
        </p>
        {sections.map((s) => (
          <section key={s.key} aria-labelledby={`digest-${s.key}`} className="flex flex-col gap-2">
            <h2 id={`digest-${s.key}`} className="text-lg font-semibold">{s.title}</h2>
            {s.rows.length ? <MyCommitmentList rows={s.rows} now={now} testId={`digest-${s.key}`} /> : <p className="text-sm text-muted">{s.empty}</p>}
          </section>
        ))}
        <Card>
          <h2 className="text-lg font-semibold">What happened</h2>
          {d.updates.length === 0 ? <p className="mt-2 text-sm text-muted">No updates were posted this week.</p> : (
            <ol className="mt-2 flex flex-col gap-2 text-sm">
              {d.updates.map((u) => (
                <li key={u.id}>
                  <Link className="font-medium underline" href={`/campaigns/${u.commitment.campaign.slug}/promises/${u.commitment.id}`}>{u.commitment.title}</Link>: {u.text}
                  <span className="block text-xs text-muted">{u.author.name}, {formatDateTime(u.createdAt)}{u.statusTo ? ` · ${STATUS_LABELS[u.statusTo]}` : ""}{u.progressTo !== null ? ` · ${u.progressTo}%` : ""}</span>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </>
  );
}
