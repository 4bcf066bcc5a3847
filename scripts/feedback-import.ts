// Imports a CSV file of feedback into a campaign, with the same runner as the web import (all rows
// or none, duplicates skipped, rejected rows recorded on the job), in this process.
//   npm run -s feedback:import -- --org SLUG --campaign SLUG --file FILE.csv [--map field=column,...] [--tz ZONE]
// Prints one JSON object: {"created":N,"duplicates":N,"rejected":N,"ms":N}. Exit code 2 for bad
// arguments or an unreadable file, 1 when the organization or campaign does not exist or the import fails.
import { readFile } from "node:fs/promises";
import { IMPORT_USAGE, parseImportArgs } from "@/lib/feedback/import/cli-args";
import { guessMapping, missingColumns } from "@/lib/feedback/csv-mapping";
import { displayFileName, prepareImportFile } from "@/lib/feedback/import/prepare-file";

function fail(code: number, message: string): never {
  process.stderr.write(`feedback-import: ${message}\n${code === 2 ? `${IMPORT_USAGE}\n` : ""}`);
  process.exit(code);
}

type Db = typeof import("@/lib/db").db;
type CreateJob = typeof import("@/lib/feedback/import/create-job").createImportJob;
type Args = Extract<ReturnType<typeof parseImportArgs>, { ok: true }>["value"];

async function createJob(args: Args, db: Db, createImportJob: CreateJob, leaseMs: number): Promise<{ id: string; lease: Date }> {
  const { org: orgSlug, campaign: campaignSlug, file, timeZone } = args;
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) =>
    fail(2, `cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`),
  );
  const prepared = prepareImportFile(bytes);
  if (!prepared.ok) fail(2, `${file}: ${prepared.reason}`);
  const headers = prepared.value.headers;
  const mapping = args.mapping ?? (() => {
    const guess = guessMapping(headers);
    if (!guess.text) fail(2, `cannot tell which column holds the text (columns: ${headers.join(", ")}); pass --map text=Column.`);
    return { ...guess, text: guess.text };
  })();
  const missing = missingColumns(mapping, headers);
  if (missing.length) fail(2, `${file} has no column named ${missing.map((m) => `"${m}"`).join(", ")} (columns: ${headers.join(", ")}).`);

  const org = await db.organization.findUnique({ where: { slug: orgSlug }, select: { id: true } });
  if (!org) fail(1, `no organization with the short name "${orgSlug}".`);
  const campaign = await db.campaign.findFirst({ where: { organizationId: org.id, slug: campaignSlug }, select: { id: true } });
  if (!campaign) fail(1, `organization "${orgSlug}" has no campaign with the short name "${campaignSlug}".`);
  // ImportJob needs a creator: the organization's first admin (the audit event says "cli").
  const creator =
    (await db.membership.findFirst({ where: { organizationId: org.id, role: "ADMIN" }, orderBy: { createdAt: "asc" }, select: { userId: true } })) ??
    (await db.membership.findFirst({ where: { organizationId: org.id }, orderBy: { createdAt: "asc" }, select: { userId: true } }));
  if (!creator) fail(1, `organization "${orgSlug}" has no members to record the import under.`);

  const lease = new Date(Date.now() + leaseMs);
  const job = await db.$transaction((tx) =>
    createImportJob(tx, {
      organizationId: org.id,
      campaignId: campaign.id,
      createdById: creator.userId,
      fileName: displayFileName(file),
      file: prepared.value,
      start: { settings: { columns: mapping, timeZone }, lease },
    }),
  );
  return { id: job.id, lease };
}

async function main() {
  const args = parseImportArgs(process.argv.slice(2));
  if (args.ok === "help") {
    process.stdout.write(`${IMPORT_USAGE}\n`);
    return;
  }
  if (!args.ok) fail(2, args.reason);

  // Standard output carries only the JSON result: the app's logger (which writes to stdout) stays
  // quiet unless LOG_LEVEL asks otherwise. Set before the modules that read the environment load.
  process.env.LOG_LEVEL ??= "silent";
  const { db } = await import("@/lib/db");
  const { createImportJob } = await import("@/lib/feedback/import/create-job");
  const { runImportJob, IMPORT_LEASE_MS } = await import("@/lib/feedback/import/run-import");
  // "ms" is the import itself: reading the file to the committed result, not starting Node.
  const started = performance.now();

  try {
    // The job is created in its own function, so the file's bytes and text (two copies of the
    // file) are garbage once it is stored: the runner streams the stored copy.
    const job = await createJob(args.value, db, createImportJob, IMPORT_LEASE_MS);
    const outcome = await runImportJob(job.id, { lease: job.lease, audit: { label: "cli", userId: null } });
    if (outcome.status !== "COMPLETED") {
      const cause = outcome.cause instanceof Error ? ` (${outcome.cause.message})` : "";
      fail(1, `import ${job.id} ${outcome.status.toLowerCase()}: ${outcome.error ?? "stopped"}${cause}`);
    }
    const result = { created: outcome.created, duplicates: outcome.duplicates, rejected: outcome.rejected, ms: Math.round(performance.now() - started) };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => fail(1, error instanceof Error ? error.message : String(error)));
