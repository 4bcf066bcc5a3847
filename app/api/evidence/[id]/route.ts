import { currentMember } from "@/lib/auth/session";
import { evidenceFileResponse } from "@/lib/evidence/download";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  return evidenceFileResponse(await currentMember(), id);
}
