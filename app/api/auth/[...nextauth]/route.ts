import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { limitSignInAttempt } from "@/lib/rate-limit/sign-in";

// next-auth 4 reads params synchronously; Next 16 hands them over as a promise.
type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Ctx) {
  const params = await ctx.params;
  return NextAuth(req as never, { params } as never, authOptions);
}

// A credentials attempt is counted (per account and per client address) before next-auth runs.
async function post(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth?.join("/") === "callback/credentials") {
    const refused = await limitSignInAttempt(req);
    if (refused) return refused;
  }
  return handler(req, ctx);
}

export { handler as GET, post as POST };
