import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { listAssignableMembers } from "@/lib/feedback/queries";
import { campaignCoverage, commitmentBoard, commitmentTable, openLoopTaskCount } from "@/lib/commitments/queries";
import { parseTableFilter } from "@/lib/commitments/table-filter";
import { sendDueReminders } from "@/lib/reminders/send-due-reminders";
import { logger } from "@/lib/logger";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { ElementCoverageCard } from "@/components/commitments/element-coverage";
import { CommitmentBoard } from "@/components/commitments/board";
import { CommitmentTable } from "@/components/commitments/table";

export const metadata: Metadata = { title: "Keep promises" };

type Search = Record<string, string | string[] | undefined>;

export default async function PromisesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const now = new Date();
  // Reminders for this organization are brought up to date whenever its promises are looked at
  // (a scheduler running `npm run reminders` covers the days nobody looks).
  await sendDueReminders(now, { organizationId: member.organizationId }).catch((err: unknown) => logger.error({ err }, "due reminders failed"));
  const sp = await searchParams;
  const view = sp.view === "table" ? "table" : "board";
  const filter = parseTableFilter(sp);
  const [coverage, board, table, members, tasks] = await Promise.all([
    campaignCoverage(member, campaign.id),
    view === "board" ? commitmentBoard(member, campaign.id) : Promise.resolve(null),
    view === "table" ? commitmentTable(member, campaign.id, filter, now) : Promise.resolve(null),
    listAssignableMembers(member),
    openLoopTaskCount(member, campaign.id),
  ]);
  const base = `/campaigns/${campaign.slug}/promises`;
  const empty = view === "board" && board!.every((c) => c.count === 0);
  const mayWrite = can(member.role, "commitment.write");
  return (
    <>
      <PageHeader
        title="Keep promises"
        description={<>Step 4 of <Link className="underline" href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>: a sustained history of right wipes out one wrong. Commitments with owners, dates and evidence, across the four elements of trust.</>}
        actions={<>
          {mayWrite ? <LinkButton href={`${base}/new`}>New commitment</LinkButton> : null}
          <LinkButton variant="secondary" href={`${base}/tell`}>Tell them{tasks ? ` (${tasks})` : ""}</LinkButton>
          <LinkButton variant="ghost" href="/my-commitments">My commitments</LinkButton>
        </>}
      />
      <div className="flex flex-col gap-6">
        {tasks > 0 ? (
          <section aria-labelledby="tell-heading" className="rounded-lg border-2 border-gold bg-surface p-4" data-testid="tell-summary">
            <h2 id="tell-heading" className="font-semibold">Promises kept: {tasks} customer{tasks === 1 ? "" : "s"} to tell</h2>
            <p className="mt-1 text-sm">The people whose feedback led to a kept promise are waiting to hear, with a reply that cites the evidence. <Link className="underline" href={`${base}/tell`}>Open the “tell them” list</Link>.</p>
          </section>
        ) : null}
        <ElementCoverageCard coverage={coverage} />
        <section aria-labelledby="commitments-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="commitments-heading" className="text-lg font-semibold">Commitments</h2>
            <nav aria-label="View" className="flex gap-1 text-sm">
              <Link aria-current={view === "board" ? "page" : undefined} className={`rounded-md px-3 py-1 ${view === "board" ? "bg-sunken font-medium" : ""}`} href={base}>Board</Link>
              <Link aria-current={view === "table" ? "page" : undefined} className={`rounded-md px-3 py-1 ${view === "table" ? "bg-sunken font-medium" : ""}`} href={`${base}?view=table`}>Table</Link>
            </nav>
          </div>
          {empty ? (
            <EmptyState title="No commitments yet" action={mayWrite ? <LinkButton href={`${base}/new`}>Make the first commitment</LinkButton> : null}>
              Turn each lesson into a promise: what you will do, who owns it, by when, and which element of trust it rebuilds. Mark it done only with evidence; the public sees the public ones.
              {mayWrite ? null : " Managers and admins make commitments."}
            </EmptyState>
          ) : view === "board" ? (
            <CommitmentBoard columns={board!} base={base} now={now} />
          ) : (
            <CommitmentTable rows={table!.rows} total={table!.total} pages={table!.pages} filter={filter} base={base} members={members} now={now} />
          )}
        </section>
      </div>
    </>
  );
}
