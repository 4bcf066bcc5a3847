import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();
  const feedback = doc.paths["/campaigns/{slug}/feedback"] as Record<string, Record<string, unknown>>;

  it("is OpenAPI 3.1 with both feedback operations, each needing its scope", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(feedback.post).toMatchObject({ operationId: "createFeedback", security: [{ bearerAuth: ["feedback:write"] }] });
    expect(feedback.get).toMatchObject({ operationId: "listFeedback", security: [{ bearerAuth: ["feedback:read"] }] });
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("describes the request from the zod schemas the handler parses with", () => {
    const schemas = doc.components.schemas as Record<string, Record<string, unknown>>;
    expect(schemas.FeedbackRequest.anyOf).toEqual([{ $ref: "#/components/schemas/FeedbackItemInput" }, { $ref: "#/components/schemas/FeedbackBatchInput" }]);
    expect(schemas.FeedbackBatchInput).toMatchObject({ properties: { items: { maxItems: 1000, minItems: 1 } } });
    expect(schemas.FeedbackItemInput).toMatchObject({ required: ["text"], additionalProperties: false });
    const params = feedback.get.parameters as { name: string; in: string; schema: Record<string, unknown> }[];
    expect(params.map((p) => `${p.in}:${p.name}`)).toEqual([
      "path:slug", "query:channel", "query:status", "query:sentiment", "query:since", "query:until", "query:q", "query:cursor", "query:limit",
    ]);
    expect(params.find((p) => p.name === "limit")?.schema).toMatchObject({ type: "integer", maximum: 200, default: 50 });
  });

  it("answers errors with the Problem schema as application/problem+json", () => {
    const schemas = doc.components.schemas as Record<string, Record<string, unknown>>;
    expect(schemas.Problem).toMatchObject({ required: ["type", "title", "status"] });
    const responses = feedback.post.responses as Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
    for (const status of ["400", "401", "403", "404", "413", "415", "422", "429"]) {
      expect(responses[status].content).toEqual({ "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } });
    }
    expect(responses["429"].headers).toHaveProperty("Retry-After");
    expect(responses["201"].content).toEqual({ "application/json": { schema: { $ref: "#/components/schemas/IngestResult" } } });
  });

  it("refers only to components that exist", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
    expect(JSON.stringify(doc)).not.toContain("$defs");
  });
});
