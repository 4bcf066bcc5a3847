import { currentMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { getImportJob, rejectionsCsv } from "@/lib/feedback/import/queries";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

// The rejected rows of an import as CSV: row, reason, raw (cells that look like formulas neutralized).
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; jobId: string }> }) {
  const member = await currentMember();
  if (!member) return text("Please sign in.", 401);
  if (!can(member.role, "feedback.read")) return text("You do not have permission to do that.", 403);
  const { slug, jobId } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  const job = campaign ? await getImportJob(member, campaign.id, jobId) : null;
  const body = job ? await rejectionsCsv(member.organizationId, job.id) : null;
  if (!job || !body) return text("Not found.", 404);
  const base = job.fileName.replace(/\.(csv|tsv|txt)$/i, "").replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 80) || "import";
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="rejected-${base}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
