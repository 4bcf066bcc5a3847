// Calling route handlers directly, signed in the way a browser is: the request carries a real
// next-auth session cookie (a JWT signed with the app's secret, holding the user's sessionVersion),
// and next-auth's own getServerSession decodes it with the app's authOptions. The one stand-in is
// where next-auth finds the request: inside Next it reads next/headers, which exists only in a
// request scope, so a test file swaps getServerSession for `sessionFromCurrentRequest` (below):
//
//   vi.mock("next-auth", async (importOriginal) => {
//     const actual = await importOriginal<typeof import("next-auth")>();
//     const { sessionFromCurrentRequest } = await import("@/tests/support/route-session");
//     return { ...actual, getServerSession: sessionFromCurrentRequest(actual.getServerSession) };
//   });
//
// Everything after that — the sessionVersion check, the member and role lookup — is the app's code.
import { AsyncLocalStorage } from "node:async_hooks";
import { encode } from "next-auth/jwt";
import type { NextAuthOptions } from "next-auth";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { SESSION_COOKIE, SESSION_MAX_AGE } from "@/lib/auth/options";

const currentRequest = new AsyncLocalStorage<Request>();

// The session cookie next-auth would have set at sign-in for this user, as it stands now.
export async function sessionCookie(userId: string, overrides: { sv?: number; secret?: string } = {}): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, sv: overrides.sv ?? user.sessionVersion },
    secret: overrides.secret ?? authSecret(),
    maxAge: SESSION_MAX_AGE,
  });
  return `${SESSION_COOKIE}=${token}`;
}

function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

type RealGetServerSession = (...args: never[]) => Promise<unknown>;

// getServerSession(authOptions), answered by next-auth from the request the test is handling.
export function sessionFromCurrentRequest(real: RealGetServerSession) {
  return async (options: NextAuthOptions) => {
    const request = currentRequest.getStore();
    if (!request) throw new Error("getServerSession called outside callRoute(): the test did not say which request this is");
    const req = { headers: Object.fromEntries(request.headers), cookies: parseCookies(request.headers.get("cookie")) };
    const res = { getHeader() {}, setCookie() {}, setHeader() {} };
    return (real as (req: unknown, res: unknown, options: NextAuthOptions) => Promise<unknown>)(req, res, options);
  };
}

// Runs a route handler as Next would for this request.
export function callRoute<P extends Record<string, unknown>>(
  handler: (request: Request, ctx: { params: Promise<P> }) => Response | Promise<Response>,
  request: Request,
  params: P,
): Promise<Response> {
  return currentRequest.run(request, async () => handler(request, { params: Promise.resolve(params) }));
}
