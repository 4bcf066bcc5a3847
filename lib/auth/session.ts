import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { loadMember, type Member } from "@/lib/auth/member";

type SessionUser = { id?: string; sv?: number };

// The signed-in user id, checked against the database on every request: a token whose
// sessionVersion is older than the user's (signed out everywhere, removed) is refused.
export const currentUserId = cache(async (): Promise<string | null> => {
  await connection(); // per request, never prerendered
  const session = await getServerSession(authOptions);
  const user = session?.user as SessionUser | undefined;
  if (!user?.id || typeof user.sv !== "number") return null;
  const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
  return row && row.sessionVersion === user.sv ? user.id : null;
});

export const currentMember = cache(async (): Promise<Member | null> => {
  const userId = await currentUserId();
  return userId ? loadMember(userId) : null;
});

// For pages: the member, or a redirect to sign in (or to setup on an empty instance).
export async function requireMemberPage(): Promise<Member> {
  const member = await currentMember();
  if (member) return member;
  const userId = await currentUserId();
  if (userId) redirect("/no-organization");
  const anyOrg = await db.organization.findFirst({ select: { id: true } });
  redirect(anyOrg ? "/sign-in" : "/setup");
}
