import type { Metadata } from "next";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listSavedReplies } from "@/lib/feedback/queries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DeleteSavedReplyButton, NewSavedReplyForm } from "@/components/feedback/saved-reply-forms";

export const metadata: Metadata = { title: "Saved replies" };

export default async function SavedRepliesPage() {
  const member = await requireMemberPage();
  if (!can(member.role, "savedReply.manage")) return <EmptyState title="Only the communications team and admins manage saved replies" />;
  const replies = await listSavedReplies(member);
  return (
    <>
      <PageHeader title="Saved replies" description="Starting points for fast, compassionate replies, shared by your organization." />
      <div className="grid gap-4 md:grid-cols-2">
        <Card><h2 className="mb-3 text-lg font-semibold">New saved reply</h2><NewSavedReplyForm /></Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Saved ({replies.length})</h2>
          {replies.length === 0 ? <p className="text-sm text-muted">None yet. Write one for the question you answer most.</p> : (
            <ul className="divide-y divide-border">
              {replies.map((r) => (
                <li key={r.id} className="flex items-start justify-between gap-2 py-2">
                  <div><p className="font-medium">{r.title}</p><p className="line-clamp-2 text-sm text-muted">{r.body}</p></div>
                  <DeleteSavedReplyButton id={r.id} title={r.title} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
