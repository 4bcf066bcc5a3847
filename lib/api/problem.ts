// Typed errors → RFC 9457 problem details (application/problem+json). Pure: unit-tested.
import type { z } from "zod";
import { AppError, RateLimitError, ValidationError } from "@/lib/errors";
import { ApiValidationError, type ProblemFieldError } from "@/lib/api/errors";

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: ProblemFieldError[];
  retryAfterSeconds?: number;
};

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

// Each status has one problem type. The URIs are identifiers relative to the API; the OpenAPI
// document (/api/v1/openapi.json) describes them.
const TYPES: Record<number, { slug: string; title: string }> = {
  400: { slug: "bad-request", title: "The request could not be read" },
  401: { slug: "unauthorized", title: "Missing or invalid API token" },
  403: { slug: "forbidden", title: "Not allowed for this token" },
  404: { slug: "not-found", title: "Not found" },
  405: { slug: "method-not-allowed", title: "Method not allowed" },
  409: { slug: "conflict", title: "Conflict" },
  413: { slug: "payload-too-large", title: "Request body too large" },
  415: { slug: "unsupported-media-type", title: "Unsupported media type" },
  422: { slug: "validation-error", title: "Invalid fields" },
  429: { slug: "rate-limited", title: "Too many requests" },
  500: { slug: "internal-error", title: "Internal server error" },
};

export const PROBLEM_SLUGS = Object.values(TYPES).map((t) => t.slug);

export const problemTypeUri = (slug: string) => `/api/v1/problems/${slug}`;

// What a problem type URI shows when someone opens it (RFC 9457 §3.1.1: human-readable docs).
export function describeProblemType(slug: string): string | null {
  const entry = Object.entries(TYPES).find(([, t]) => t.slug === slug);
  if (!entry) return null;
  const [status, t] = entry;
  return `${t.title} (HTTP ${status}).\n\nKintsugi API problem type ${problemTypeUri(slug)}. The response's "detail" says what went wrong` +
    (slug === "validation-error" ? ', and "errors" lists each invalid field with a JSON Pointer (body) or parameter name (query).' : ".") +
    "\nThe operations and their answers are described in /api/v1/openapi.json.\n";
}

export function problem(status: number, detail?: string, extra: Partial<Problem> = {}): Problem {
  const t = TYPES[status] ?? TYPES[500];
  return { type: problemTypeUri(t.slug), title: t.title, status: TYPES[status] ? status : 500, ...(detail ? { detail } : {}), ...extra };
}

// RFC 6901: "~" and "/" inside a member name are escaped.
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

export function issuesToFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  location: "body" | "query",
  mapPath: (path: PropertyKey[]) => PropertyKey[] = (p) => p,
): ProblemFieldError[] {
  return issues.map((issue) => {
    const path = mapPath([...issue.path]);
    if (location === "query") return { detail: issue.message, ...(path.length ? { parameter: String(path[0]) } : {}) };
    return { detail: issue.message, pointer: jsonPointer(path) };
  });
}

// A form-style ValidationError ({ "items.0.text": [...] }) as pointers, for domain functions
// shared with the forms.
function fieldErrorsToProblem(fieldErrors: Record<string, string[]>): ProblemFieldError[] {
  return Object.entries(fieldErrors).flatMap(([key, messages]) =>
    messages.map((detail) => (key === "_form" ? { detail } : { detail, pointer: jsonPointer(key.split(".")) })),
  );
}

// Expected errors keep their message; anything else becomes a plain 500 (the caller logs it).
export function problemFromError(error: unknown, instance?: string): Problem {
  const base = instance ? { instance } : {};
  if (error instanceof ApiValidationError) return problem(422, error.message, { ...base, errors: error.errors });
  if (error instanceof ValidationError) {
    return problem(422, error.message, { ...base, errors: fieldErrorsToProblem(error.fieldErrors) });
  }
  if (error instanceof RateLimitError) {
    return problem(429, error.message, { ...base, retryAfterSeconds: error.retryAfterSeconds });
  }
  if (error instanceof AppError && TYPES[error.status]) return problem(error.status, error.message, base);
  return problem(500, "Something went wrong on our side. Nothing was saved; please try again.", base);
}

export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  const extra: Record<string, string> = {};
  if (p.status === 429 && p.retryAfterSeconds) extra["Retry-After"] = String(p.retryAfterSeconds);
  if (p.status === 401) extra["WWW-Authenticate"] = 'Bearer realm="kintsugi", error="invalid_token"';
  return new Response(JSON.stringify(p), {
    status: p.status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", ...headers, ...extra },
  });
}

export function errorResponse(error: unknown, instance?: string, headers: Record<string, string> = {}): Response {
  return problemResponse(problemFromError(error, instance), headers);
}
