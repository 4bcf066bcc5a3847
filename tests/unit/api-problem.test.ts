import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { ApiValidationError, BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from "@/lib/api/errors";
import { describeProblemType, issuesToFieldErrors, jsonPointer, problemFromError, problemResponse, PROBLEM_CONTENT_TYPE } from "@/lib/api/problem";

describe("problem details (RFC 9457)", () => {
  it.each([
    [new BadRequestError("bad json"), 400, "/api/v1/problems/bad-request"],
    [new UnauthenticatedError("no token"), 401, "/api/v1/problems/unauthorized"],
    [new ForbiddenError("no scope"), 403, "/api/v1/problems/forbidden"],
    [new NotFoundError("no campaign"), 404, "/api/v1/problems/not-found"],
    [new ConflictError("clash"), 409, "/api/v1/problems/conflict"],
    [new PayloadTooLargeError("big"), 413, "/api/v1/problems/payload-too-large"],
    [new UnsupportedMediaTypeError("xml"), 415, "/api/v1/problems/unsupported-media-type"],
    [new ValidationError("fix it"), 422, "/api/v1/problems/validation-error"],
    [new RateLimitError(12, "slow down"), 429, "/api/v1/problems/rate-limited"],
  ])("maps %s to %i with its own type and the error's message as detail", (error, status, type) => {
    const p = problemFromError(error, "/api/v1/x");
    expect(p).toMatchObject({ status, type, detail: error.message, instance: "/api/v1/x" });
    expect(p.title.length).toBeGreaterThan(0);
  });

  it("hides unexpected errors behind a plain 500", () => {
    const p = problemFromError(new Error("SQLITE_BUSY at /srv/app/lib/db.ts:12"));
    expect(p.status).toBe(500);
    expect(p.type).toBe("/api/v1/problems/internal-error");
    expect(JSON.stringify(p)).not.toMatch(/SQLITE|db\.ts/);
  });

  it("carries field errors as pointers, from the API and from form-style errors", () => {
    const api = problemFromError(new ApiValidationError([{ detail: "The text is empty.", pointer: "/items/3/text" }]));
    expect(api.errors).toEqual([{ detail: "The text is empty.", pointer: "/items/3/text" }]);
    const form = problemFromError(new ValidationError("Fix", { "items.0.url": ["Bad link."], _form: ["Whole form."] }));
    expect(form.errors).toEqual([{ detail: "Bad link.", pointer: "/items/0/url" }, { detail: "Whole form." }]);
  });

  it("escapes JSON Pointer tokens (RFC 6901)", () => {
    expect(jsonPointer(["items", 2, "a/b~c"])).toBe("/items/2/a~1b~0c");
    expect(jsonPointer([])).toBe("");
  });

  it("names the body member or the query parameter of each zod issue", () => {
    const body = z.object({ items: z.array(z.object({ text: z.string().min(2, "Too short.") })) }).safeParse({ items: [{ text: "ok" }, { text: "x" }] });
    expect(issuesToFieldErrors(body.error!.issues, "body")).toEqual([{ detail: "Too short.", pointer: "/items/1/text" }]);
    const query = z.object({ limit: z.coerce.number().max(200, "At most 200.") }).safeParse({ limit: "500" });
    expect(issuesToFieldErrors(query.error!.issues, "query")).toEqual([{ detail: "At most 200.", parameter: "limit" }]);
  });

  it("answers application/problem+json with Retry-After on 429 and WWW-Authenticate on 401", async () => {
    const limited = problemResponse(problemFromError(new RateLimitError(42, "slow")), { "RateLimit-Limit": "600" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("content-type")).toBe(PROBLEM_CONTENT_TYPE);
    expect(limited.headers.get("retry-after")).toBe("42");
    expect(limited.headers.get("ratelimit-limit")).toBe("600");
    expect(await limited.json()).toMatchObject({ status: 429, retryAfterSeconds: 42 });
    const unauthorized = problemResponse(problemFromError(new UnauthenticatedError()));
    expect(unauthorized.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });

  it("documents each problem type at its URI", () => {
    expect(describeProblemType("rate-limited")).toMatch(/^Too many requests \(HTTP 429\)/);
    expect(describeProblemType("validation-error")).toMatch(/JSON Pointer/);
    expect(describeProblemType("nope")).toBeNull();
  });
});
