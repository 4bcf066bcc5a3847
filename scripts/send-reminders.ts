// Sends the due and overdue reminders of every organization, for a scheduler (cron, a systemd
// timer, a Kubernetes CronJob), e.g. every hour:
//   npm run -s reminders
// Idempotent: running it again the same day sends nothing new. Prints one JSON line.
async function main() {
  process.env.LOG_LEVEL ??= "silent";
  const { db } = await import("@/lib/db");
  const { sendDueReminders } = await import("@/lib/reminders/send-due-reminders");
  try {
    const result = await sendDueReminders(new Date());
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`reminders: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
