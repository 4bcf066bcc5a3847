import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { listLessons, themeBoard } from "@/lib/learn/queries";
import { formatDate } from "@/lib/shared/format";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ThemeForm } from "@/components/learn/theme-form";
import { TrendBadge } from "@/components/learn/trend-badge";
import { WeeklyBars } from "@/components/learn/weekly-bars";

export const metadata: Metadata = { title: "Learn from criticism" };

const pct = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

export default async function LearnPage({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const [board, lessons] = await Promise.all([themeBoard(member, campaign.id), listLessons(member, campaign.id)]);
  const base = `/campaigns/${campaign.slug}/learn`;
  const mayManage = can(member.role, "theme.manage");
  const mayWrite = can(member.role, "lesson.write");
  return (
    <>
      <PageHeader
        title="Learn from criticism"
        description={<>Step 3 of <Link className="underline" href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>: find the themes in what critics say, their root causes, and what changes so it never happens again.</>}
        actions={<>
          <LinkButton variant={board.themes.length ? "secondary" : "primary"} href={`${base}/suggestions`}>Suggested themes</LinkButton>
          {mayWrite && board.themes.length ? <LinkButton href={`${base}/lessons/new`}>Write a lesson</LinkButton> : null}
        </>}
      />
      <section aria-labelledby="themes-heading" className="mb-8 flex flex-col gap-3">
        <h2 id="themes-heading" className="text-lg font-semibold">Themes</h2>
        {board.themes.length === 0 ? (
          <EmptyState title="No themes yet" action={<LinkButton href={`${base}/suggestions`}>See suggested themes</LinkButton>}>
            {board.negativeTotal === 0
              ? "Themes come from criticism, and this campaign has no negative feedback yet. Bring feedback in on the Listen step first; then the suggestions show what it is about."
              : `Open the suggestions found in the ${board.negativeTotal} negative items, accept the ones that ring true, then confirm the items they tagged.${mayManage ? " You can also add a theme by hand below." : ""}`}
          </EmptyState>
        ) : (
          <>
            <p className="text-sm text-muted">
              {board.negativeTotal} negative item{board.negativeTotal === 1 ? "" : "s"} in this campaign. Volume counts every tagged item; share is of the negative feedback; weeks start on Monday (UTC).
            </p>
            <ul className="grid gap-3 md:grid-cols-2" data-testid="theme-board">
              {board.themes.map((t) => (
                <li key={t.id}>
                  <Card as="div" className="flex h-full flex-col gap-3">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <h3 className="font-semibold"><Link className="underline" href={`${base}/themes/${t.id}`}>{t.label}</Link></h3>
                      <span className="flex flex-wrap gap-1">
                        {t.suggested ? <Badge tone="info">suggested</Badge> : null}
                        {t.figures.unreviewed ? <Badge tone="warn">{t.figures.unreviewed} to review</Badge> : null}
                        {t.lessons === 0 ? <Badge tone="warn">no lesson yet</Badge> : <Badge tone="ok">{t.lessons} lesson{t.lessons === 1 ? "" : "s"}</Badge>}
                      </span>
                    </div>
                    <dl className="grid grid-cols-3 gap-2 text-sm">
                      <div><dt className="text-xs text-muted">Volume</dt><dd className="text-lg font-semibold" data-testid="theme-volume">{t.figures.total}</dd></div>
                      <div><dt className="text-xs text-muted">Share of negative</dt><dd className="text-lg font-semibold">{pct(t.figures.share)}</dd></div>
                      <div><dt className="text-xs text-muted">Trend</dt><dd><TrendBadge trend={t.figures.trend} /></dd></div>
                    </dl>
                    <div className="flex items-end justify-between gap-2">
                      <WeeklyBars weekly={t.figures.weekly} label={t.label} />
                      <span className="text-xs text-muted">since {formatDate(board.weeks[0])}</span>
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          </>
        )}
        {mayManage ? (
          <details className="rounded-lg border border-border bg-surface p-4">
            <summary className="cursor-pointer font-medium">Add a theme by hand</summary>
            <div className="mt-4 max-w-xl"><ThemeForm mode="create" campaignId={campaign.id} /></div>
          </details>
        ) : null}
      </section>
      <section aria-labelledby="lessons-heading" className="flex flex-col gap-3">
        <h2 id="lessons-heading" className="text-lg font-semibold">Lessons</h2>
        {lessons.length === 0 ? (
          <EmptyState title="No lessons yet" action={mayWrite && board.themes.length ? <LinkButton href={`${base}/lessons/new`}>Write a lesson</LinkButton> : null}>
            {board.themes.length
              ? "For each theme, write what you heard, the root cause, and what changes so it never happens again. Each lesson then becomes a promise."
              : "Lessons answer themes: find the themes first."}
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="lessons">
            {lessons.map((l) => (
              <li key={l.id} className="flex flex-col gap-1 rounded-lg border border-border bg-surface p-4 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <p className="font-medium"><Link className="underline" href={`${base}/lessons/${l.id}`}>{l.title}</Link></p>
                  <p className="text-xs text-muted">{l.themes.map((t) => t.theme.label).join(", ")} · updated {formatDate(l.updatedAt)}</p>
                </div>
                {l._count.commitments === 0 ? (
                  can(member.role, "commitment.write")
                    ? <LinkButton variant="secondary" href={`/campaigns/${campaign.slug}/promises/new?lesson=${l.id}`}>Make a commitment</LinkButton>
                    : <Badge tone="warn">no commitment yet</Badge>
                ) : <Badge tone="ok">{l._count.commitments} commitment{l._count.commitments === 1 ? "" : "s"}</Badge>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
