import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { getLesson, lessonCandidateItems, lessonHistory, listThemeOptions } from "@/lib/learn/queries";
import { STATUS_LABELS } from "@/lib/commitments/status";
import { formatDate, formatDateTime } from "@/lib/shared/format";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { LessonForm } from "@/components/learn/lesson-form";

export const metadata: Metadata = { title: "Lesson" };

const FIELD_NAMES: Record<string, string> = {
  title: "lesson", whatWeHeard: "what we heard", rootCause: "root cause", whatChanges: "what changes", themeIds: "themes", feedbackIds: "quoted feedback",
};

// Which fields an audited save changed, from its before/after snapshots.
function changed(before: unknown, after: unknown): string[] {
  if (!before || typeof before !== "object" || !after || typeof after !== "object") return [];
  const b = before as Record<string, unknown>, a = after as Record<string, unknown>;
  return Object.keys(FIELD_NAMES).filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).map((k) => FIELD_NAMES[k]);
}

export default async function LessonPage({ params }: { params: Promise<{ slug: string; lessonId: string }> }) {
  const member = await requireMemberPage();
  const { slug, lessonId } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const lesson = await getLesson(member, campaign.id, lessonId);
  if (!lesson) notFound();
  const base = `/campaigns/${campaign.slug}/learn`;
  const mayWrite = can(member.role, "lesson.write");
  const themeIds = lesson.themes.map((t) => t.theme.id);
  const feedbackIds = lesson.feedback.map((f) => f.feedbackItem.id);
  const [history, themes, candidates] = await Promise.all([
    lessonHistory(member, lesson.id),
    mayWrite ? listThemeOptions(member, campaign.id) : Promise.resolve([]),
    mayWrite ? lessonCandidateItems(member, campaign.id, themeIds, feedbackIds) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title={lesson.title}
        description={<><Link className="underline" href={base}>Back to Learn</Link> · version {lesson.version}, written by {lesson.createdBy.name}</>}
        actions={can(member.role, "commitment.write") ? <LinkButton href={`/campaigns/${campaign.slug}/promises/new?lesson=${lesson.id}`}>Make a commitment</LinkButton> : null}
      />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-4">
          <Card>
            <p className="flex flex-wrap gap-1 text-sm">
              <span className="sr-only">Themes: </span>
              {lesson.themes.map(({ theme }) => <Link key={theme.id} href={`${base}/themes/${theme.id}`} className="rounded bg-sunken px-2 py-0.5 underline">{theme.label}</Link>)}
            </p>
            <h2 className="mt-4 font-semibold">What we heard</h2>
            <p className="mt-1 whitespace-pre-wrap text-sm">{lesson.whatWeHeard}</p>
            {lesson.feedback.length ? (
              <ul className="mt-3 flex flex-col gap-2">
                {lesson.feedback.map(({ feedbackItem: f }) => (
                  <li key={f.id}>
                    <blockquote className="border-l-4 border-gold pl-3 text-sm">
                      “{f.text}”
                      <footer className="text-xs text-muted">— {f.authorName ?? f.authorHandle ?? "Anonymous"}, {f.channel.toLowerCase()}, {formatDate(f.receivedAt)} · <Link className="underline" href={`/campaigns/${campaign.slug}/listen/${f.id}`}>open</Link></footer>
                    </blockquote>
                  </li>
                ))}
              </ul>
            ) : null}
            <h2 className="mt-4 font-semibold">Root cause</h2>
            <p className="mt-1 whitespace-pre-wrap text-sm">{lesson.rootCause}</p>
            <h2 className="mt-4 font-semibold">What changes so it never happens again</h2>
            <p className="mt-1 whitespace-pre-wrap text-sm">{lesson.whatChanges}</p>
          </Card>
          {mayWrite ? (
            <details className="rounded-lg border border-border bg-surface p-4">
              <summary className="cursor-pointer font-medium">Edit this lesson</summary>
              <p className="mt-2 text-xs text-muted">Each save is a new version. If someone else saves first, yours is refused and your text stays in the form.</p>
              <div className="mt-4">
                <LessonForm
                  target={{ mode: "edit", lessonId: lesson.id, version: lesson.version }}
                  initial={{ title: lesson.title, whatWeHeard: lesson.whatWeHeard, rootCause: lesson.rootCause, whatChanges: lesson.whatChanges, themeIds, feedbackIds }}
                  themes={themes.map((t) => ({ id: t.id, label: t.label }))}
                  items={candidates.map((i) => ({ id: i.id, text: i.text, author: i.authorName ?? i.authorHandle ?? "Anonymous" }))}
                />
              </div>
            </details>
          ) : null}
        </div>
        <div className="flex flex-col gap-4">
          <Card>
            <h2 className="font-semibold">Promises made from it</h2>
            {lesson.commitments.length === 0 ? (
              <p className="mt-2 text-sm text-muted">None yet. A lesson is learned when something changes: make a commitment with an owner and a date.</p>
            ) : (
              <ul className="mt-2 flex flex-col gap-2 text-sm">
                {lesson.commitments.map(({ commitment: c }) => (
                  <li key={c.id} className="flex flex-wrap items-center gap-2">
                    <Link className="underline" href={`/campaigns/${campaign.slug}/promises/${c.id}`}>{c.title}</Link>
                    <Badge tone={c.status === "DONE" ? "ok" : "neutral"}>{STATUS_LABELS[c.status]}</Badge>
                    <span className="text-xs text-muted">due {formatDate(c.dueDate)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card>
            <h2 className="font-semibold">History</h2>
            <ol className="mt-2 flex flex-col gap-2 text-sm" data-testid="lesson-history">
              {history.map((h) => {
                const after = (h.after ?? {}) as { version?: number };
                const fields = changed(h.before, h.after);
                return (
                  <li key={h.id}>
                    <span className="font-medium">{h.action === "lesson.create" ? "Written" : `Version ${after.version ?? "?"}`}</span> by {h.actor?.name ?? h.actorLabel}
                    <span className="block text-xs text-muted">{formatDateTime(h.createdAt)}{fields.length ? ` · changed ${fields.join(", ")}` : ""}</span>
                  </li>
                );
              })}
            </ol>
          </Card>
        </div>
      </div>
    </>
  );
}
