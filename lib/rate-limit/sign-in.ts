import "server-only";
import { consume } from "@/lib/rate-limit/consume";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { hashIdentifier } from "@/lib/rate-limit/identifier";
import { describeWait, type RateLimitRule } from "@/lib/rate-limit/window";

// At most 10 attempts per 15 minutes for one account and, separately, for one client address:
// the first slows guessing one password, the second slows trying many accounts from one place.
export const SIGN_IN_LIMIT: RateLimitRule = { limit: 10, windowMs: 15 * 60_000 };

// next-auth's client reads the body as JSON and builds a URL from `url` before it looks at the
// status, so the refusal carries one (with an error code) and the form sees status 429.
function refusal(request: Request, retryAfterSeconds: number): Response {
  const url = new URL("/sign-in?error=TooManyAttempts", request.url).toString();
  const message = `Too many sign-in attempts. Please wait ${describeWait(retryAfterSeconds)} and try again.`;
  return Response.json(
    { url, error: "TooManyAttempts", message, retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}

async function readEmail(request: Request): Promise<string> {
  try {
    const type = request.headers.get("content-type") ?? "";
    const body = await request.clone().text();
    if (type.includes("application/json")) {
      const parsed = JSON.parse(body) as { email?: unknown };
      return typeof parsed?.email === "string" ? parsed.email : "";
    }
    return new URLSearchParams(body).get("email") ?? "";
  } catch {
    return "";
  }
}

// Counts this credentials attempt; returns the 429 to send instead of running next-auth, or null.
export async function limitSignInAttempt(request: Request): Promise<Response | null> {
  const email = (await readEmail(request)).trim().toLowerCase().slice(0, 320);
  const address = clientAddressFrom(request.headers);
  const checks = [consume(`signin:ip:${hashIdentifier(address)}`, SIGN_IN_LIMIT)];
  if (email) checks.push(consume(`signin:email:${hashIdentifier(email)}`, SIGN_IN_LIMIT));
  const results = await Promise.all(checks);
  const refused = results.filter((r) => !r.ok);
  if (refused.length === 0) return null;
  return refusal(request, Math.max(...refused.map((r) => r.retryAfterSeconds)));
}
