import type { Metadata } from "next";
import { requireMemberPage } from "@/lib/auth/session";
import { myCommitments } from "@/lib/commitments/my-queries";
import { sendDueReminders } from "@/lib/reminders/send-due-reminders";
import { logger } from "@/lib/logger";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { MyCommitmentList } from "@/components/commitments/my-list";

export const metadata: Metadata = { title: "My commitments" };

export default async function MyCommitmentsPage() {
  const member = await requireMemberPage();
  const now = new Date();
  await sendDueReminders(now, { organizationId: member.organizationId }).catch((err: unknown) => logger.error({ err }, "due reminders failed"));
  const mine = await myCommitments(member, now);
  const sections = [
    { key: "overdue", title: "Overdue", hint: "Past the date and not done: deliver it with evidence, or say honestly that it was missed and why.", rows: mine.overdue },
    { key: "due-soon", title: `Due within ${mine.reminderDays} day${mine.reminderDays === 1 ? "" : "s"}`, hint: "Post progress, and add the evidence that will show it is kept.", rows: mine.dueSoon },
    { key: "waiting", title: "Waiting for evidence", hint: "Nothing proves these yet. A commitment is marked done only with at least one piece of evidence.", rows: mine.waitingForEvidence },
    { key: "later", title: "Later", hint: "", rows: mine.later },
  ];
  const total = sections.reduce((n, s) => n + s.rows.length, 0);
  return (
    <>
      <PageHeader
        title="My commitments"
        description="The open promises you own, across every campaign: what is overdue, due soon, or still without proof."
        actions={<LinkButton variant="secondary" href="/my-commitments/digest">Weekly digest</LinkButton>}
      />
      {total === 0 ? (
        <EmptyState title="You own no open commitments" action={<LinkButton variant="secondary" href="/campaigns">Go to the campaigns</LinkButton>}>
          When you are made the owner of a commitment, it shows here with its due date, and you are reminded {mine.reminderDays} day{mine.reminderDays === 1 ? "" : "s"} before it is due.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          {sections.filter((s) => s.rows.length).map((s) => (
            <section key={s.key} aria-labelledby={`${s.key}-heading`} className="flex flex-col gap-2">
              <h2 id={`${s.key}-heading`} className="text-lg font-semibold">{s.title} <span className="text-sm font-normal text-muted">({s.rows.length})</span></h2>
              {s.hint ? <p className="text-sm text-muted">{s.hint}</p> : null}
              <MyCommitmentList rows={s.rows} now={now} testId={`my-${s.key}`} />
            </section>
          ))}
        </div>
      )}
    </>
  );
}
