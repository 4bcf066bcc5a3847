// Writes a campaign's feedback to standard output as CSV (read a page at a time):
//   npm run -s feedback:export -- --org SLUG --campaign SLUG [--bom] > feedback.csv
// Exit code 2 for bad arguments, 1 when the organization or campaign does not exist.
import { EXPORT_USAGE, parseExportArgs } from "@/lib/feedback/import/cli-args";

function fail(code: number, message: string): never {
  process.stderr.write(`feedback-export: ${message}\n${code === 2 ? `${EXPORT_USAGE}\n` : ""}`);
  process.exit(code);
}

// Waits when the pipe is full, so a slow reader does not make the export buffer everything.
function write(chunk: string): Promise<void> | void {
  if (process.stdout.write(chunk)) return;
  return new Promise((resolve) => process.stdout.once("drain", () => resolve()));
}

// A reader that stops early (`| head`) closes the pipe: that ends the export, it is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

async function main() {
  const args = parseExportArgs(process.argv.slice(2));
  if (args.ok === "help") {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return;
  }
  if (!args.ok) fail(2, args.reason);
  // Standard output carries only the CSV: the app's logger (stdout) stays quiet unless asked.
  process.env.LOG_LEVEL ??= "silent";
  const { db } = await import("@/lib/db");
  const { exportFeedbackCsv } = await import("@/lib/feedback/export");
  try {
    const org = await db.organization.findUnique({ where: { slug: args.value.org }, select: { id: true } });
    if (!org) fail(1, `no organization with the short name "${args.value.org}".`);
    const campaign = await db.campaign.findFirst({ where: { organizationId: org.id, slug: args.value.campaign }, select: { id: true } });
    if (!campaign) fail(1, `organization "${args.value.org}" has no campaign with the short name "${args.value.campaign}".`);
    await exportFeedbackCsv({ organizationId: org.id, campaignId: campaign.id }, write, { bom: args.value.bom });
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => fail(1, error instanceof Error ? error.message : String(error)));
