import { z } from "zod";
import { checkbox, idField, optionalDateField, optionalText, text, versionField } from "@/lib/shared/zod-fields";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/file-type";

const common = {
  commitmentId: idField,
  // What the evidence shows; made from the file name, the link or the metric when left empty.
  title: optionalText("The title", 160),
  isPublic: checkbox,
};

const httpUrl = z
  .string({ error: "Enter the link." })
  .trim()
  .min(1, "Enter the link.")
  .max(2000, "The link must be at most 2,000 characters.")
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, "Enter a web link starting with https:// or http://.");

const number = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(40, `${label} is not a number.`)
    .transform((v, ctx) => {
      const n = Number(v.replace(/,/g, ""));
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: "custom", message: `${label} is not a number.` });
        return z.NEVER;
      }
      return n;
    });

const optionalNumber = (label: string) =>
  z
    .union([z.literal(""), number(label)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? undefined : v));

const CHOOSE_FILE = "Choose a file to upload.";

export const AddEvidenceInput = z.discriminatedUnion("kind", [
  z.object({ ...common, kind: z.literal("LINK"), url: httpUrl, note: optionalText("The note", 2000) }),
  z.object({
    ...common,
    kind: z.literal("FILE"),
    file: z
      .instanceof(File, { error: CHOOSE_FILE })
      .refine((f) => f.size > 0 && f.name !== "", CHOOSE_FILE)
      .refine((f) => f.size <= MAX_EVIDENCE_BYTES, "The file is larger than 10 MB. Upload a smaller file, or link to it instead."),
    note: optionalText("The note", 2000),
  }),
  z.object({
    ...common,
    kind: z.literal("METRIC"),
    metricName: text("The metric's name", 2, 120),
    metricValue: number("The value"),
    metricUnit: optionalText("The unit", 40),
    metricBaseline: optionalNumber("The baseline"),
    metricTarget: optionalNumber("The target"),
    metricAsOf: optionalDateField("The as-of date"),
    note: optionalText("The note", 2000),
  }),
  z.object({ ...common, kind: z.literal("NOTE"), note: text("The note", 10, 5000) }),
], { error: "Choose the kind of evidence: a link, a file, a metric or a note." });
export type AddEvidenceInput = z.infer<typeof AddEvidenceInput>;

export const RetractEvidenceInput = z.object({
  evidenceId: idField,
  version: versionField,
  reason: text("The reason", 10, 1000),
});
export type RetractEvidenceInput = z.infer<typeof RetractEvidenceInput>;
