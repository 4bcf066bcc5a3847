import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { lessonCandidateItems, listThemeOptions } from "@/lib/learn/queries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { LessonForm } from "@/components/learn/lesson-form";

export const metadata: Metadata = { title: "New lesson" };

export default async function NewLessonPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ theme?: string }> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const base = `/campaigns/${campaign.slug}/learn`;
  if (!can(member.role, "lesson.write")) {
    return <EmptyState title="Managers and admins write lessons" action={<LinkButton variant="secondary" href={base}>Back to Learn</LinkButton>}>You can read every lesson on the Learn page.</EmptyState>;
  }
  const { theme } = await searchParams;
  const themes = await listThemeOptions(member, campaign.id);
  const preselected = themes.some((t) => t.id === theme) ? [theme!] : [];
  const items = await lessonCandidateItems(member, campaign.id, preselected.length ? preselected : themes.map((t) => t.id));
  return (
    <>
      <PageHeader title="New lesson" description={<Link className="underline" href={base}>Back to Learn</Link>} />
      {themes.length === 0 ? (
        <EmptyState title="Find the themes first" action={<LinkButton href={`${base}/suggestions`}>See suggested themes</LinkButton>}>A lesson answers one or more themes of the criticism.</EmptyState>
      ) : (
        <Card className="max-w-3xl">
          <LessonForm
            target={{ mode: "create", campaignId: campaign.id }}
            initial={{ title: "", whatWeHeard: "", rootCause: "", whatChanges: "", themeIds: preselected, feedbackIds: [] }}
            themes={themes.map((t) => ({ id: t.id, label: t.label }))}
            items={items.map((i) => ({ id: i.id, text: i.text, author: i.authorName ?? i.authorHandle ?? "Anonymous" }))}
          />
        </Card>
      )}
    </>
  );
}
