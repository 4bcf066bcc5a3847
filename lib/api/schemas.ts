// The API's schema registry: schemas registered with an id become the OpenAPI document's
// components.schemas; the others lend their description to the field they describe. Pure.
import { z } from "zod";
import { PROBLEM_SLUGS, problemTypeUri } from "@/lib/api/problem";

export type SchemaMeta = { id?: string; description?: string; examples?: unknown[] };
export const apiSchemas = z.registry<SchemaMeta>();

export const ProblemOutput = z
  .object({
    type: z.string().register(apiSchemas, {
      description: `Identifies the kind of problem: ${PROBLEM_SLUGS.map((s) => problemTypeUri(s)).join(", ")}.`,
    }),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          detail: z.string(),
          pointer: z.string().optional().register(apiSchemas, { description: "JSON Pointer (RFC 6901) to the body member." }),
          parameter: z.string().optional().register(apiSchemas, { description: "The query parameter." }),
        }),
      )
      .optional()
      .register(apiSchemas, { description: "For validation-error: one entry per invalid field." }),
    retryAfterSeconds: z.int().optional().register(apiSchemas, { description: "For rate-limited: the same value as the Retry-After header." }),
  })
  .register(apiSchemas, { id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });
