import "server-only";
import { db, databaseProvider } from "@/lib/db";

export async function checkDatabase(): Promise<{ ok: boolean; database: "sqlite" | "postgresql" }> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { ok: true, database: databaseProvider };
  } catch {
    return { ok: false, database: databaseProvider };
  }
}
