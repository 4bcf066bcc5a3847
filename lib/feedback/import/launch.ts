import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { readSettings } from "@/lib/feedback/import/settings";
import { runImportJob, type RunOptions, type RunOutcome } from "@/lib/feedback/import/run-import";

// Starts import runners in this process, not awaited by the request that asked. The job's state
// lives in the database (status, lease), so this map only keeps one process from starting the same
// job twice and lets tests wait for a run; another instance, or this one after a restart, resumes a
// job whose lease has expired (resumeStaleImports).
const globalForImports = globalThis as unknown as { kintsugiImports?: Map<string, Promise<RunOutcome | null>> };
const running = (globalForImports.kintsugiImports ??= new Map());

export function launchImport(jobId: string, options: RunOptions = {}): Promise<RunOutcome | null> {
  const current = running.get(jobId);
  if (current) return current;
  const run = runImportJob(jobId, options)
    .catch((err: unknown) => {
      logger.error({ err, jobId }, "import runner crashed");
      return null;
    })
    .finally(() => running.delete(jobId));
  running.set(jobId, run);
  return run;
}

// Resolves when this process's runner for the job (if any) has finished.
export function importSettled(jobId: string): Promise<RunOutcome | null> {
  return running.get(jobId) ?? Promise.resolve(null);
}

// Jobs of a campaign that should be running but whose runner is gone (its lease expired, or it never
// claimed the job): started again here. Cheap enough to call on every view of the import pages.
export async function resumeStaleImports(organizationId: string, campaignId: string, now = new Date()): Promise<string[]> {
  const stale = { OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] };
  const [runningJobs, waiting] = await Promise.all([
    db.importJob.findMany({ where: { organizationId, campaignId, status: "RUNNING", ...stale }, select: { id: true }, take: 20 }),
    db.importJob.findMany({
      where: { organizationId, campaignId, status: "PENDING", ...stale },
      select: { id: true, mapping: true },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
  ]);
  const ids = [...runningJobs.map((j) => j.id), ...waiting.filter((j) => readSettings(j.mapping) !== null).map((j) => j.id)];
  for (const id of ids) if (!running.has(id)) void launchImport(id);
  return ids;
}
