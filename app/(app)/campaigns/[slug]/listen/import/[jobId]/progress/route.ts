import { currentMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { getImportJob } from "@/lib/feedback/import/queries";
import { isFinished, toProgress } from "@/lib/feedback/import/progress";
import { resumeStaleImports } from "@/lib/feedback/import/launch";

export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

// Polled by the progress bar: session, permission, then the job only if it is this organization's.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; jobId: string }> }) {
  const member = await currentMember();
  if (!member) return json({ message: "Please sign in." }, 401);
  if (!can(member.role, "feedback.read")) return json({ message: "You do not have permission to do that." }, 403);
  const { slug, jobId } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  const job = campaign ? await getImportJob(member, campaign.id, jobId) : null;
  if (!campaign || !job) return json({ message: "Not found." }, 404);
  // A runner that died while someone watches is picked up again once its lease has run out.
  if (!isFinished(job.status) && (!job.leaseUntil || job.leaseUntil.getTime() < Date.now())) {
    await resumeStaleImports(member.organizationId, campaign.id);
  }
  return json(toProgress(job));
}
