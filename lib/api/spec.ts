// What an API operation is, apart from what it does: path, scope, schemas and documented
// responses. Pure, so the OpenAPI document is built from the very schemas requests are parsed with.
import type { z } from "zod";
import type { ApiScope } from "@/lib/api-tokens/scopes";

export type ApiResponseDoc = { description: string; schema?: z.ZodType; problem?: boolean };

export type ApiSpec<P extends z.ZodType = z.ZodType, I extends z.ZodType = z.ZodType> = {
  // The audit action (e.g. "feedback.apiIngest") and the OpenAPI operationId.
  name: string;
  operationId: string;
  method: "GET" | "POST";
  // Under /api/v1, in OpenAPI form: "/campaigns/{slug}/feedback".
  path: string;
  summary: string;
  description?: string;
  scope: ApiScope;
  params: P;
  // Parsed from the JSON body (POST) or the query string (GET).
  input: I;
  inputIn: "body" | "query";
  // Shown in the document when parsing reshapes the input first (a single item becomes a batch).
  inputDoc?: z.ZodType;
  // Maps an issue path of the parsed input back to the request the client sent.
  issuePath?: (path: PropertyKey[], raw: unknown) => PropertyKey[];
  responses: Record<number, ApiResponseDoc>;
};
