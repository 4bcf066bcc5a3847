import { z } from "zod";
import { idField, text } from "@/lib/shared/zod-fields";
import { formToSettings, mappingFormShape } from "@/lib/feedback/import/settings";
import { MAX_IMPORT_BYTES } from "@/lib/feedback/import/prepare-file";

const CHOOSE_FILE = "Choose a CSV file to upload.";

export const UploadImportInput = z.object({
  campaignId: idField,
  file: z
    .instanceof(File, { error: CHOOSE_FILE })
    .refine((f) => f.size > 0 && f.name !== "", CHOOSE_FILE)
    .refine((f) => f.size <= MAX_IMPORT_BYTES, "The file is larger than 50 MB; split it into smaller files.")
    .refine((f) => /\.(csv|tsv|txt)$/i.test(f.name), "Upload a .csv, .tsv or .txt file (save a spreadsheet as CSV first)."),
});
export type UploadImportInput = z.infer<typeof UploadImportInput>;

export const StartImportInput = z
  .object({ jobId: idField, ...mappingFormShape })
  .transform(({ jobId, ...form }) => ({ jobId, settings: formToSettings(form) }));
export type StartImportInput = z.infer<typeof StartImportInput>;

export const CancelImportInput = z.object({ jobId: idField });
export type CancelImportInput = z.infer<typeof CancelImportInput>;

export const SaveImportMappingInput = z
  .object({ name: text("A name for these columns", 1, 80), ...mappingFormShape })
  .transform(({ name, ...form }) => ({ name, settings: formToSettings(form) }));
export type SaveImportMappingInput = z.infer<typeof SaveImportMappingInput>;
