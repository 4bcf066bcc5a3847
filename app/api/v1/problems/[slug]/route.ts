import { describeProblemType } from "@/lib/api/problem";
import { apiNotFound } from "@/lib/api/execute-api-action";

// The problem type URIs of the API's errors lead here.
export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const text = describeProblemType((await ctx.params).slug);
  if (!text) return apiNotFound(request);
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
