import "server-only";
import { db } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";

export async function authenticate(email: string, password: string) {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password || password.length > 1024) return null;
  const user = await db.user.findUnique({ where: { email: normalized } });
  // Compare against a dummy hash for unknown emails so timing does not reveal accounts.
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  return ok && user ? user : null;
}
