// Runs once when the server starts. Starts the follower-mail sweep (lib/following/kick.ts) and
// registers how the process shuts down; the server (scripts/server.mjs) calls that after the last
// request in flight has finished.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { db } = await import("@/lib/db");
  const { env } = await import("@/lib/env");
  const { settleFollowerMail, startFollowerMailSweep } = await import("@/lib/following/kick");
  const stopSweep = startFollowerMailSweep(env.FOLLOWER_MAIL_SWEEP_SECONDS);
  (globalThis as { kintsugiShutdown?: () => Promise<void> }).kintsugiShutdown = async () => {
    stopSweep();
    await settleFollowerMail();
    await db.$disconnect();
  };
}
