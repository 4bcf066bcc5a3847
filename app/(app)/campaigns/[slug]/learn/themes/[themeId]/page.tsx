import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { getTheme, listThemeItems } from "@/lib/learn/queries";
import { themeFigures } from "@/lib/learn/theme-board";
import { describeTrend } from "@/lib/learn/trend";
import { dueLabel, STATUS_LABELS } from "@/lib/commitments/status";
import { TRUST_ELEMENT_INFO } from "@/lib/commitments/elements";
import { formatDate, formatDateTime } from "@/lib/shared/format";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ThemeForm } from "@/components/learn/theme-form";
import { TagReview } from "@/components/learn/tag-review";
import { WeeklyBars } from "@/components/learn/weekly-bars";

export const metadata: Metadata = { title: "Theme" };

type Search = { show?: string; page?: string; review?: string };

export default async function ThemePage({ params, searchParams }: { params: Promise<{ slug: string; themeId: string }>; searchParams: Promise<Search> }) {
  const member = await requireMemberPage();
  const { slug, themeId } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const theme = await getTheme(member, campaign.id, themeId);
  if (!theme) notFound();
  const sp = await searchParams;
  const now = new Date();
  const board = await themeFigures({ organizationId: member.organizationId, campaignId: campaign.id }, now);
  const figures = board.figures.get(theme.id) ?? board.empty();
  const unreviewedOnly = sp.show ? sp.show === "review" : figures.unreviewed > 0;
  const page = Math.max(1, Math.min(10_000, Number(sp.page) || 1));
  const items = await listThemeItems(member, theme.id, { unreviewedOnly, page });
  const base = `/campaigns/${campaign.slug}/learn`;
  const here = `${base}/themes/${theme.id}`;
  const mayManage = can(member.role, "theme.manage");
  const commitments = theme.lessons.flatMap((l) => l.lesson.commitments.map((c) => ({ ...c.commitment, lesson: l.lesson.title })));
  return (
    <>
      <PageHeader
        title={theme.label}
        description={<><Link className="underline" href={base}>Back to Learn</Link>{theme.description ? ` · ${theme.description}` : ""}</>}
        actions={can(member.role, "lesson.write") ? <LinkButton href={`${base}/lessons/new?theme=${theme.id}`}>Write a lesson</LinkButton> : null}
      />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-4">
          <Card>
            <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
              <div><dt className="text-xs text-muted">Tagged items</dt><dd className="text-lg font-semibold">{figures.total}</dd></div>
              <div><dt className="text-xs text-muted">Not yet reviewed</dt><dd className="text-lg font-semibold" data-testid="unreviewed-count">{figures.unreviewed}</dd></div>
              <div><dt className="text-xs text-muted">Share of negative</dt><dd className="text-lg font-semibold">{figures.share === null ? "—" : `${Math.round(figures.share * 100)}%`}</dd></div>
              <div><dt className="text-xs text-muted">Trend</dt><dd>{describeTrend(figures.trend)}</dd></div>
            </dl>
            <div className="mt-4"><WeeklyBars weekly={figures.weekly} label={theme.label} /></div>
            {theme.keyPhrases ? <p className="mt-3 flex flex-wrap gap-1 text-xs"><span className="sr-only">Key phrases: </span>{theme.keyPhrases.split("\n").map((p) => <span key={p} className="rounded bg-sunken px-1.5 py-0.5">{p}</span>)}</p> : null}
          </Card>
          <section aria-labelledby="items-heading" className="flex flex-col gap-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="items-heading" className="text-lg font-semibold">Customer voices</h2>
              <nav aria-label="Which items" className="flex gap-1 text-sm">
                <Link aria-current={unreviewedOnly ? "page" : undefined} className={`rounded-md px-3 py-1 ${unreviewedOnly ? "bg-sunken font-medium" : ""}`} href={`${here}?show=review`}>To review ({figures.unreviewed})</Link>
                <Link aria-current={!unreviewedOnly ? "page" : undefined} className={`rounded-md px-3 py-1 ${!unreviewedOnly ? "bg-sunken font-medium" : ""}`} href={`${here}?show=all`}>All ({figures.total})</Link>
              </nav>
            </div>
            {items.rows.length === 0 ? (
              <EmptyState title={unreviewedOnly ? "Nothing left to review" : "No items tagged yet"}>
                {unreviewedOnly
                  ? "Every tagged item has been confirmed. New ones appear here when a theme is accepted with key phrases."
                  : "Tag items with this theme from the inbox (select them, then choose it under “Tag theme”)."}
              </EmptyState>
            ) : (
              <TagReview
                themeId={theme.id}
                itemBase={`/campaigns/${campaign.slug}/listen`}
                canReview={mayManage}
                items={items.rows.map((r) => ({
                  id: r.feedbackItem.id,
                  text: r.feedbackItem.text,
                  author: r.feedbackItem.authorName ?? r.feedbackItem.authorHandle ?? "Anonymous",
                  channel: r.feedbackItem.channel.replace("_", " ").toLowerCase(),
                  receivedAt: formatDateTime(r.feedbackItem.receivedAt),
                  reviewed: r.reviewed,
                }))}
              />
            )}
            {items.pages > 1 ? (
              <nav aria-label="Pages" className="flex gap-2 text-sm">
                {page > 1 ? <Link className="underline" href={`${here}?show=${unreviewedOnly ? "review" : "all"}&page=${page - 1}`}>Previous page</Link> : null}
                <span>Page {page} of {items.pages}</span>
                {page < items.pages ? <Link className="underline" href={`${here}?show=${unreviewedOnly ? "review" : "all"}&page=${page + 1}`}>Next page</Link> : null}
              </nav>
            ) : null}
          </section>
        </div>
        <div className="flex flex-col gap-4">
          <Card>
            <h2 className="font-semibold">Lessons and promises that answer it</h2>
            {theme.lessons.length === 0 ? (
              <p className="mt-2 text-sm text-muted">No lesson yet. Write what you heard, the root cause and what changes, then make a promise.</p>
            ) : (
              <ul className="mt-2 flex flex-col gap-3 text-sm" data-testid="theme-chain">
                {theme.lessons.map(({ lesson }) => (
                  <li key={lesson.id}>
                    <Link className="font-medium underline" href={`${base}/lessons/${lesson.id}`}>{lesson.title}</Link>
                    {lesson.commitments.length === 0 ? <p className="text-xs text-warn">No commitment yet</p> : null}
                    <ul className="mt-1 flex flex-col gap-1 pl-3">
                      {lesson.commitments.map(({ commitment: c }) => (
                        <li key={c.id} className="flex flex-wrap items-center gap-2">
                          <Link className="underline" href={`/campaigns/${campaign.slug}/promises/${c.id}`}>{c.title}</Link>
                          <Badge tone={c.status === "DONE" ? "ok" : c.status === "MISSED" || c.status === "DROPPED" ? "danger" : "neutral"}>{STATUS_LABELS[c.status]}</Badge>
                          <span className="text-xs text-muted">{TRUST_ELEMENT_INFO[c.trustElement].label} · due {formatDate(c.dueDate)}{dueLabel(c, now) ? ` · ${dueLabel(c, now)}` : ""}</span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
            {commitments.length ? <p className="mt-3 text-xs text-muted">{commitments.filter((c) => c.status === "DONE").length} of {commitments.length} promises kept.</p> : null}
          </Card>
          {mayManage ? (
            <Card>
              <h2 className="mb-3 font-semibold">Edit theme</h2>
              <ThemeForm mode="edit" themeId={theme.id} version={theme.version} label={theme.label} description={theme.description} keyPhrases={theme.keyPhrases} />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
