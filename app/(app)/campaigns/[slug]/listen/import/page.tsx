import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { listImportJobs } from "@/lib/feedback/import/queries";
import { resumeStaleImports } from "@/lib/feedback/import/launch";
import { formatDateTime } from "@/lib/shared/format";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { UploadForm } from "@/components/feedback/import/upload-form";
import { ImportStatusBadge } from "@/components/feedback/import/status-badge";

export const metadata: Metadata = { title: "Import feedback" };

const n = (v: number) => v.toLocaleString("en");

export default async function ImportPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ cursor?: string }> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const { cursor } = await searchParams;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  await resumeStaleImports(member.organizationId, campaign.id);
  const { jobs, nextCursor } = await listImportJobs(member, campaign.id, typeof cursor === "string" && cursor.length <= 64 ? cursor : null);
  const mayImport = can(member.role, "feedback.import");
  const base = `/campaigns/${campaign.slug}/listen/import`;

  return (
    <>
      <PageHeader
        title="Import feedback"
        description={
          <>
            Step 2 of <Link className="underline" href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>: bring in what customers said
            elsewhere. <Link className="underline" href={`/campaigns/${campaign.slug}/listen`}>Back to the inbox</Link>
          </>
        }
      />
      {mayImport ? (
        <Card className="mb-6">
          <h2 className="mb-3 text-lg font-semibold">Upload a CSV file</h2>
          <UploadForm campaignId={campaign.id} />
        </Card>
      ) : null}

      <section aria-labelledby="imports-heading">
        <h2 id="imports-heading" className="mb-3 text-lg font-semibold">
          Imports
        </h2>
        {jobs.length === 0 && !cursor ? (
          <EmptyState title="No imports yet">
            {mayImport
              ? "Export the feedback from your listening tool, help desk, review site or survey as CSV and upload it above. You will see the first rows and choose which column holds the text, the author and the date before anything is saved."
              : "Your communications team imports CSV files of feedback here; the items then appear in the inbox."}
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-border bg-surface">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Imports of this campaign, newest first</caption>
              <thead className="bg-sunken">
                <tr>
                  <th scope="col" className="px-3 py-2">File</th>
                  <th scope="col" className="px-3 py-2">Status</th>
                  <th scope="col" className="px-3 py-2 text-right">Rows</th>
                  <th scope="col" className="px-3 py-2 text-right">Added</th>
                  <th scope="col" className="px-3 py-2 text-right">Duplicates</th>
                  <th scope="col" className="px-3 py-2 text-right">Rejected</th>
                  <th scope="col" className="px-3 py-2">Uploaded</th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((j) => (
                  <tr key={j.id} className="border-t border-border" data-testid="import-row">
                    <td className="max-w-xs px-3 py-2">
                      <Link className="break-all font-medium underline" href={`${base}/${j.id}`}>
                        {j.fileName}
                      </Link>
                    </td>
                    <td className="px-3 py-2"><ImportStatusBadge status={j.status} /></td>
                    <td className="px-3 py-2 text-right">{n(j.totalRows)}</td>
                    <td className="px-3 py-2 text-right">{n(j.createdCount)}</td>
                    <td className="px-3 py-2 text-right">{n(j.duplicateCount)}</td>
                    <td className="px-3 py-2 text-right">{n(j.rejectedCount)}</td>
                    <td className="whitespace-nowrap px-3 py-2">
                      {formatDateTime(j.createdAt)} <span className="text-muted">by {j.createdBy.name}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {nextCursor ? (
          <p className="mt-4">
            <Link className="underline" href={`${base}?cursor=${encodeURIComponent(nextCursor)}`}>Older imports</Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
