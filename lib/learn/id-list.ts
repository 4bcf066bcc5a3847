import { z } from "zod";
import { idField } from "@/lib/shared/zod-fields";

// A form sends one value or several under one name; absent or empty means none. Duplicates are
// dropped.
export const idList = (min: number, max: number, tooFew: string, tooMany: string) =>
  z
    .union([z.literal(""), idField, z.array(idField)])
    .optional()
    .transform((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? [...new Set(v)] : [v]))
    .pipe(z.array(idField).min(min, tooFew).max(max, tooMany));
