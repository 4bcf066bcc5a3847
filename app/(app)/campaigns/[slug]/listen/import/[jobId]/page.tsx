import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { guessMapping, FEEDBACK_CHANNELS } from "@/lib/feedback/csv-mapping";
import { getImportJob, listSavedMappings } from "@/lib/feedback/import/queries";
import { resumeStaleImports } from "@/lib/feedback/import/launch";
import { readPreview, type Preview } from "@/lib/feedback/import/read-csv";
import { toProgress } from "@/lib/feedback/import/progress";
import { CHANNEL_LABELS, guessToForm, readSettings, timeZoneChoices } from "@/lib/feedback/import/settings";
import { MissingFileError } from "@/lib/storage";
import { formatDateTime } from "@/lib/shared/format";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ImportStatusBadge } from "@/components/feedback/import/status-badge";
import { ImportProgress } from "@/components/feedback/import/import-progress";
import { MappingForm } from "@/components/feedback/import/mapping-form";
import { PreviewTable } from "@/components/feedback/import/preview-table";
import { CancelImportForm } from "@/components/feedback/import/cancel-import-form";

export const metadata: Metadata = { title: "Import" };

async function previewOf(key: string | null): Promise<Preview | null> {
  if (!key) return null;
  try {
    return await readPreview(key);
  } catch (error) {
    if (error instanceof MissingFileError) return null;
    throw error;
  }
}

export default async function ImportJobPage({ params }: { params: Promise<{ slug: string; jobId: string }> }) {
  const member = await requireMemberPage();
  const { slug, jobId } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const found = await getImportJob(member, campaign.id, jobId);
  if (!found) notFound();
  const resumed = await resumeStaleImports(member.organizationId, campaign.id);
  const job = resumed.includes(found.id) ? ((await getImportJob(member, campaign.id, jobId)) ?? found) : found;
  const mayImport = can(member.role, "feedback.import");
  const base = `/campaigns/${campaign.slug}/listen/import`;
  const choosing = job.status === "PENDING" && readSettings(job.mapping) === null;

  const header = (
    <PageHeader
      title={job.fileName}
      description={
        <span className="flex flex-wrap items-center gap-2">
          <ImportStatusBadge status={job.status} />
          <span>
            Uploaded {formatDateTime(job.createdAt)} by {job.createdBy.name} · <Link className="underline" href={base}>All imports</Link>
          </span>
        </span>
      }
    />
  );

  if (choosing) {
    const preview = await previewOf(job.filePath);
    if (!mayImport) {
      return (
        <>
          {header}
          <EmptyState title="Waiting for the columns to be chosen">Someone from the communications team will choose the columns and start this import.</EmptyState>
        </>
      );
    }
    if (!preview) {
      return (
        <>
          {header}
          <EmptyState title="The uploaded file is no longer available">
            <Link className="underline" href={base}>Upload it again</Link> to import it.
          </EmptyState>
        </>
      );
    }
    const saved = await listSavedMappings(member);
    return (
      <>
        {header}
        <div className="flex flex-col gap-6">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Preview</h2>
            <PreviewTable headers={preview.headers} rows={preview.rows} delimiter={preview.delimiter} totalRows={job.totalRows} />
          </Card>
          <Card>
            <h2 className="mb-1 text-lg font-semibold">Choose the columns</h2>
            <p className="mb-4 text-sm text-muted">
              We guessed from the header; check them. Rows that cannot be read (no text, an impossible date, a bad link) are set aside with the
              reason, and rows already in this campaign are skipped as duplicates. The import saves every row or none.
            </p>
            <MappingForm
              jobId={job.id}
              headers={preview.headers}
              initial={guessToForm(guessMapping(preview.headers))}
              saved={saved}
              channels={FEEDBACK_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
              timeZones={timeZoneChoices()}
            />
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Not this file?</h2>
            <CancelImportForm jobId={job.id} label="Discard this upload" />
          </Card>
        </div>
      </>
    );
  }

  return (
    <>
      {header}
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Progress</h2>
        <ImportProgress
          initial={toProgress(job)}
          progressUrl={`${base}/${job.id}/progress`}
          rejectionsUrl={`${base}/${job.id}/rejections`}
          canCancel={mayImport}
        />
        <p className="mt-6 flex flex-wrap gap-4 text-sm">
          <Link className="underline" href={`/campaigns/${campaign.slug}/listen`}>Go to the inbox</Link>
          {mayImport ? <Link className="underline" href={base}>Import another file</Link> : null}
        </p>
      </Card>
    </>
  );
}
