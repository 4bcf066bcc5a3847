import type { Metadata } from "next";
import Link from "next/link";
import { requireMemberPage } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/shared/format";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { MarkReadForm } from "@/components/notifications/mark-read-form";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const member = await requireMemberPage();
  const { cursor } = await searchParams;
  const { notifications, nextCursor } = await listNotifications(member, typeof cursor === "string" ? cursor : null);
  const unread = notifications.some((n) => !n.readAt);
  return (
    <>
      <PageHeader title="Notifications" description="Reviews requested, approvals, publications and reminders." actions={unread ? <MarkReadForm label="Mark all as read" /> : null} />
      {notifications.length === 0 ? (
        <EmptyState title="Nothing yet">You will be told here when a draft needs your review, is approved or published, and when a promise comes due.</EmptyState>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="notifications">
          {notifications.map((n) => (
            <li key={n.id} className={`flex flex-col gap-1 rounded-lg border bg-surface p-4 sm:flex-row sm:items-start sm:justify-between ${n.readAt ? "border-border" : "border-accent"}`}>
              <div>
                <p className="font-medium">
                  {!n.readAt ? <span className="sr-only">Unread: </span> : null}
                  {n.link ? <Link href={n.link} className="underline">{n.title}</Link> : n.title}
                </p>
                {n.body ? <p className="text-sm">{n.body}</p> : null}
                <p className="text-xs text-muted">{formatDateTime(n.createdAt)}</p>
              </div>
              {!n.readAt ? <MarkReadForm notificationId={n.id} label="Mark as read" /> : null}
            </li>
          ))}
        </ul>
      )}
      {nextCursor ? <div className="mt-4"><LinkButton variant="secondary" href={`/notifications?cursor=${nextCursor}`}>Older</LinkButton></div> : null}
    </>
  );
}
