import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { listAssignableMembers } from "@/lib/feedback/queries";
import { listLessonOptions } from "@/lib/commitments/queries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { CommitmentForm } from "@/components/commitments/commitment-form";

export const metadata: Metadata = { title: "New commitment" };

export default async function NewCommitmentPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ lesson?: string }> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const base = `/campaigns/${campaign.slug}/promises`;
  if (!can(member.role, "commitment.write")) {
    return <EmptyState title="Managers and admins make commitments" action={<LinkButton variant="secondary" href={base}>Back to the promises</LinkButton>}>You can follow every commitment on the promises page.</EmptyState>;
  }
  const { lesson } = await searchParams;
  const [members, lessons] = await Promise.all([listAssignableMembers(member), listLessonOptions(member, campaign.id)]);
  const fromLesson = lessons.find((l) => l.id === lesson);
  return (
    <>
      <PageHeader title="New commitment" description={<><Link className="underline" href={base}>Back to the promises</Link>{fromLesson ? <> · from the lesson “{fromLesson.title}”</> : null}</>} />
      <Card className="max-w-3xl">
        <CommitmentForm
          target={{ mode: "create", campaignId: campaign.id }}
          initial={{ title: "", description: "", ownerId: member.userId, dueDate: "", trustElement: "", isPublic: false, lessonIds: fromLesson ? [fromLesson.id] : [] }}
          members={members}
          lessons={lessons}
        />
      </Card>
    </>
  );
}
