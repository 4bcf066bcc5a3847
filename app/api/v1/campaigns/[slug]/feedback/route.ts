import { apiMethodNotAllowed, executeApiAction } from "@/lib/api/execute-api-action";
import { listFeedback, postFeedback } from "@/lib/api/feedback/operations";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };

export async function POST(request: Request, ctx: Ctx) {
  return executeApiAction(postFeedback, request, await ctx.params);
}

export async function GET(request: Request, ctx: Ctx) {
  return executeApiAction(listFeedback, request, await ctx.params);
}

const notAllowed = apiMethodNotAllowed(["GET", "POST"]);
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
