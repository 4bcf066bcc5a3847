import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { AppError, ForbiddenError, NotFoundError, RateLimitError } from "@/lib/errors";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { logger } from "@/lib/logger";
import { consume } from "@/lib/rate-limit/consume";
import { describeWait, type RateLimitResult, type RateLimitRule } from "@/lib/rate-limit/window";
import { authenticateApiRequest, type ApiPrincipal } from "@/lib/api/authenticate";
import { ApiValidationError, MethodNotAllowedError } from "@/lib/api/errors";
import { errorResponse, issuesToFieldErrors } from "@/lib/api/problem";
import { readJsonBody } from "@/lib/api/read-body";
import { wellFormedInput } from "@/lib/shared/well-formed";
import type { ApiSpec } from "@/lib/api/spec";

export type ApiContext = { tx: Tx; principal: ApiPrincipal };

export type ApiOutcome<R> = {
  status?: number;
  data: R;
  // One audit event per successful write, in the same transaction; null for reads.
  audit: (Omit<AuditEntry, "action"> & { action?: string }) | null;
};

export type ApiActionDef<P extends z.ZodType = z.ZodType, I extends z.ZodType = z.ZodType, R = unknown> = ApiSpec<P, I> & {
  run: (ctx: ApiContext, params: z.output<P>, input: z.output<I>) => Promise<ApiOutcome<R>>;
};

export function defineApiAction<P extends z.ZodType, I extends z.ZodType, R>(def: ApiActionDef<P, I, R>) {
  return def;
}

// Per token; a batch of 1,000 items is one request.
export const API_RATE_LIMIT: RateLimitRule = { limit: 600, windowMs: 60_000 };
export const apiRateLimitKey = (tokenId: string) => `api:token:${tokenId}`;

function rateLimitHeaders(r: RateLimitResult): Record<string, string> {
  return { "RateLimit-Limit": String(r.limit), "RateLimit-Remaining": String(r.remaining), "RateLimit-Reset": String(r.resetSeconds) };
}

function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (!(key in out)) out[key] = value;
  return out;
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

// The one path for API calls, like executeAction for forms: token → rate limit → scope →
// organization scope (the domain function looks everything up within the token's organization)
// → zod parse → domain function and its audit event in one transaction → JSON, or a problem+json.
export async function executeApiAction<P extends z.ZodType, I extends z.ZodType, R>(
  def: ApiActionDef<P, I, R>,
  request: Request,
  rawParams: unknown,
): Promise<Response> {
  const url = new URL(request.url);
  let headers: Record<string, string> = {};
  let principal: ApiPrincipal | null = null;
  try {
    principal = await authenticateApiRequest(request);
    const limit = await consume(apiRateLimitKey(principal.tokenId), API_RATE_LIMIT);
    headers = rateLimitHeaders(limit);
    if (!limit.ok) {
      throw new RateLimitError(
        limit.retryAfterSeconds,
        `This token sent more than ${API_RATE_LIMIT.limit} requests in a minute. Retry in ${describeWait(limit.retryAfterSeconds)}.`,
      );
    }
    if (!principal.scopes.includes(def.scope)) {
      throw new ForbiddenError(`This token does not have the ${def.scope} scope. Create a token with it in Settings → API tokens.`);
    }
    const params = def.params.safeParse(rawParams);
    if (!params.success) throw new NotFoundError("Nothing at this path; check its parameters.");
    const raw = wellFormedInput(def.inputIn === "body" ? await readJsonBody(request) : queryObject(url));
    const parsed = def.input.safeParse(raw);
    if (!parsed.success) {
      const mapPath = def.issuePath ? (p: PropertyKey[]) => def.issuePath!(p, raw) : undefined;
      throw new ApiValidationError(issuesToFieldErrors(parsed.error.issues, def.inputIn, mapPath));
    }
    const outcome = await runInTransaction(def, principal, params.data, parsed.data);
    return Response.json(outcome.data, { status: outcome.status ?? 200, headers: { "Cache-Control": "no-store", ...headers } });
  } catch (error) {
    if (!(error instanceof AppError)) {
      logger.error({ err: error, operation: def.name, tokenId: principal?.tokenId }, "unexpected error in API call");
    }
    return errorResponse(error, url.pathname, headers);
  }
}

async function runInTransaction<P extends z.ZodType, I extends z.ZodType, R>(
  def: ApiActionDef<P, I, R>,
  principal: ApiPrincipal,
  params: z.output<P>,
  input: z.output<I>,
): Promise<ApiOutcome<R>> {
  const actor = { userId: null, label: `api-token:${principal.name}`, organizationId: principal.organizationId };
  // Writes are idempotent (duplicates are skipped), so when two requests insert the same new item
  // at the same moment on PostgreSQL, the loser simply runs again and finds it.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx) => {
          const outcome = await def.run({ tx, principal }, params, input);
          if (outcome.audit) await recordAudit(tx, actor, { action: def.name, ...outcome.audit });
          return outcome;
        },
        { timeout: 60_000, maxWait: 30_000 },
      );
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

// For paths under /api/v1 that match no operation.
export function apiNotFound(request: Request): Response {
  return errorResponse(new NotFoundError("No API operation at this path. See /api/v1/openapi.json."), new URL(request.url).pathname);
}

// For the methods an API path does not answer, in the same format (with Allow, RFC 9110 §15.5.6).
export function apiMethodNotAllowed(allowed: string[]) {
  return (request: Request): Response =>
    errorResponse(new MethodNotAllowedError(allowed), new URL(request.url).pathname, { Allow: allowed.join(", ") });
}
