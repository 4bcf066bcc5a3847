import { z } from "zod";
import { idField, text } from "@/lib/shared/zod-fields";
import { API_SCOPES } from "@/lib/api-tokens/scopes";

// Checkboxes arrive as one string, several, or none.
const scopeList = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.enum(API_SCOPES, { error: "Unknown scope." }))
    .min(1, "Choose at least one scope.")
    .transform((s) => [...new Set(s)]),
);

export const CreateApiTokenInput = z.object({
  name: text("Name", 2, 80),
  scopes: scopeList,
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

export const RevokeApiTokenInput = z.object({ tokenId: idField });
export type RevokeApiTokenInput = z.infer<typeof RevokeApiTokenInput>;
