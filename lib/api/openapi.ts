// The OpenAPI 3.1 document, generated from the same zod schemas the handlers parse with
// (z.toJSONSchema emits JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Pure.
import { z } from "zod";
import { API_SCOPES, SCOPE_LABELS } from "@/lib/api-tokens/scopes";
import { apiSchemas, type SchemaMeta } from "@/lib/api/schemas";
import { listFeedbackSpec, postFeedbackSpec } from "@/lib/api/feedback/spec";
import { MAX_BODY_BYTES } from "@/lib/api/read-body";
import type { ApiSpec } from "@/lib/api/spec";

// Every operation of /api/v1; a new one is added here to appear in the document.
const API_OPERATIONS: ApiSpec[] = [postFeedbackSpec, listFeedbackSpec];

type JsonSchema = Record<string, unknown>;

const REF = (id: string) => `#/components/schemas/${id}`;

const options = {
  io: "input",
  unrepresentable: "any",
  // Components are referenced by $ref; the long ISO date regexes add nothing to format: date-time.
  uri: REF,
  metadata: apiSchemas,
  override: (ctx: { jsonSchema: JsonSchema }) => {
    if (ctx.jsonSchema.format && ctx.jsonSchema.pattern) delete ctx.jsonSchema.pattern;
    // z.int() states the safe-integer range, which every JSON integer here is within anyway.
    if (ctx.jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete ctx.jsonSchema.minimum;
    if (ctx.jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete ctx.jsonSchema.maximum;
  },
} as const;

function strip(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

// A schema inline (or as a $ref when it is a registered component).
function schemaOf(schema: z.ZodType, io: "input" | "output" = "input"): JsonSchema {
  const meta = apiSchemas.get(schema) as SchemaMeta | undefined;
  if (meta?.id) return { $ref: REF(meta.id) };
  return strip(z.toJSONSchema(schema, { ...options, io }) as JsonSchema);
}

function components(): Record<string, JsonSchema> {
  const all = z.toJSONSchema(apiSchemas, options) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(Object.entries(all.schemas).map(([id, s]) => [id, strip(s)]));
}

function queryParameters(spec: ApiSpec) {
  if (spec.inputIn !== "query" || !(spec.input instanceof z.ZodObject)) return [];
  return Object.entries(spec.input.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const schema = schemaOf(field);
    const { description, ...rest } = schema;
    return { name, in: "query", required: false, ...(description ? { description } : {}), schema: rest };
  });
}

function pathParameters(spec: ApiSpec) {
  if (!(spec.params instanceof z.ZodObject)) return [];
  return Object.entries(spec.params.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const { description, ...schema } = schemaOf(field);
    return { name, in: "path", required: true, ...(description ? { description } : {}), schema };
  });
}

function responses(spec: ApiSpec) {
  return Object.fromEntries(
    Object.entries(spec.responses).map(([status, r]) => {
      const content = r.problem
        ? { "application/problem+json": { schema: { $ref: REF("Problem") } } }
        : r.schema
          ? { "application/json": { schema: schemaOf(r.schema, "output") } }
          : undefined;
      const headers =
        status === "429"
          ? { "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" } } }
          : undefined;
      return [status, { description: r.description, ...(content ? { content } : {}), ...(headers ? { headers } : {}) }];
    }),
  );
}

function operation(spec: ApiSpec) {
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: ["Feedback"],
    security: [{ bearerAuth: [spec.scope] }],
    parameters: [...pathParameters(spec), ...queryParameters(spec)],
    ...(spec.inputIn === "body"
      ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(spec.inputDoc ?? spec.input) } } } }
      : {}),
    responses: responses(spec),
  };
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of API_OPERATIONS) {
    (paths[spec.path] ??= {})[spec.method.toLowerCase()] = operation(spec);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Kintsugi API",
      version: "1.0.0",
      description:
        "For listening tools to push customer feedback into a trust-recovery campaign and read it back. " +
        `Authenticate with an API token (Settings → API tokens) as a bearer token. Bodies are JSON, at most ${MAX_BODY_BYTES / 1024 / 1024} MB. ` +
        "Errors are RFC 9457 problem details. Each token may send 600 requests a minute.",
    },
    servers: [{ url: "/api/v1" }],
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "ks_<prefix>_<secret>",
          description: `An organization's API token. Scopes: ${API_SCOPES.map((s) => `${s} (${SCOPE_LABELS[s]})`).join(", ")}.`,
        },
      },
    },
  };
}
