// Sends the follower email that is due — confirmations, a message per new public event, retries —
// for a scheduler (cron, a systemd timer, a Kubernetes CronJob), e.g. every minute:
//   npm run -s mail:send [-- --org SLUG]
// The app already sends right after each change; this catches retries and anything a stopped
// instance left. Safe to run while the app or another copy of it is sending: each message is
// claimed in the database and goes out once. Prints one JSON line; exit code 1 without SMTP_URL.
import { parseArgs } from "node:util";

function fail(code: number, message: string): never {
  process.stderr.write(`mail:send: ${message}\n`);
  process.exit(code);
}

async function main() {
  let org: string | undefined;
  try {
    org = parseArgs({ args: process.argv.slice(2), options: { org: { type: "string" } }, strict: true }).values.org;
  } catch (error) {
    fail(2, `${error instanceof Error ? error.message : String(error)}\nUsage: npm run -s mail:send [-- --org SLUG]`);
  }
  process.env.LOG_LEVEL ??= "silent";
  const { env } = await import("@/lib/env");
  if (!env.SMTP_URL) fail(1, "SMTP_URL is not set: email following is off, nothing to send.");
  const { db } = await import("@/lib/db");
  const { drainFollowerMail } = await import("@/lib/following/drain");
  try {
    let organizationId: string | undefined;
    if (org) {
      const row = await db.organization.findUnique({ where: { slug: org }, select: { id: true } });
      if (!row) fail(1, `no organization with the short name "${org}".`);
      organizationId = row.id;
    }
    const result = await drainFollowerMail({ organizationId });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`mail:send: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
