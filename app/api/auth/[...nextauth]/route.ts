import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth 4 reads params synchronously; Next 16 hands them over as a promise.
type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Ctx) {
  const params = await ctx.params;
  return NextAuth(req as never, { params } as never, authOptions);
}

export { handler as GET, handler as POST };
