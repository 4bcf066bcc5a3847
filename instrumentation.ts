// Runs once when the server starts. Registers how the database is closed on shutdown; the
// server (scripts/server.mjs) calls it after the last request in flight has finished.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { db } = await import("@/lib/db");
  (globalThis as { kintsugiShutdown?: () => Promise<void> }).kintsugiShutdown = () => db.$disconnect();
}
