// The organization export file: JSON Lines (one JSON object per line, UTF-8, "\n" after each), so
// it is written and read a record at a time whatever the organization's size. Pure.
//
//   {"kind":"header","format":"kintsugi-organization-export","formatVersion":1,…}
//   {"kind":"row","model":"Organization","data":{…}}          every row, in dependency order
//   {"kind":"file","key":"evidence/…/….pdf"}                   then each stored file:
//   {"kind":"chunk","data":"<base64 of up to 1 MiB>"}            its bytes, in order
//   {"kind":"fileEnd","size":1234,"sha256":"<hex>"}              and its checksum
//   {"kind":"file","key":"…","missing":true}                   (a referenced file that was not in storage)
//   {"kind":"end","rows":{"Organization":1,…},"files":3,"sha256":"<hex>"}
//
// The end record's sha256 covers every line above it, newlines included: a truncated or edited
// file is refused. Values: DateTime as ISO 8601 strings, Json as JSON, the rest as JSON scalars.
import { z } from "zod";
import type { SchemaField } from "@/lib/org-transfer/schema-model";

export const FORMAT = "kintsugi-organization-export";
export const FORMAT_VERSION = 1;
export const CHUNK_BYTES = 1024 * 1024;

export const HeaderRecord = z.object({
  kind: z.literal("header"),
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  exportedAt: z.string(),
  organization: z.object({ id: z.string().min(1), slug: z.string().min(1), name: z.string() }),
  models: z.array(z.string()),
  sensitive: z.string(),
});
export type HeaderRecord = z.infer<typeof HeaderRecord>;

export const RowRecord = z.object({ kind: z.literal("row"), model: z.string().min(1), data: z.record(z.string(), z.unknown()) });
export const FileRecord = z.object({ kind: z.literal("file"), key: z.string().min(1).max(512), missing: z.literal(true).optional() });
export const ChunkRecord = z.object({ kind: z.literal("chunk"), data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) });
export const FileEndRecord = z.object({ kind: z.literal("fileEnd"), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export const EndRecord = z.object({
  kind: z.literal("end"),
  rows: z.record(z.string(), z.number().int().min(0)),
  files: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const BodyRecord = z.discriminatedUnion("kind", [RowRecord, FileRecord, ChunkRecord, FileEndRecord, EndRecord]);
export type BodyRecord = z.infer<typeof BodyRecord>;

export const SENSITIVE_NOTE =
  "Sensitive: holds members' password hashes (so they can sign in after a move), hashes of API, invitation and story-link tokens, email addresses, customers' words and uploaded files. Keep it like a database backup.";

export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormatError";
  }
}

// A database value as it goes into the file.
export function encodeValue(field: SchemaField, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (field.type === "DateTime") return (value as Date).toISOString();
  if (field.type === "Float" && !Number.isFinite(value as number)) throw new FormatError(`${field.name}: ${value} cannot be written as JSON`);
  return value;
}

export function encodeRow(fields: SchemaField[], row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f.name, encodeValue(f, row[f.name])]));
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

// A value from the file as Prisma takes it; undefined leaves the column to its default (a Json
// null becomes SQL NULL that way, which is what the export read).
export function decodeValue(field: SchemaField, value: unknown, enums: Record<string, string[]>): unknown {
  const where = `${field.name}`;
  if (value === null) {
    if (!field.optional) throw new FormatError(`${where} must not be null`);
    return field.type === "Json" ? undefined : null;
  }
  if (field.list) throw new FormatError(`${where}: list columns are not supported`);
  if (field.kind === "enum") {
    if (typeof value !== "string" || !(enums[field.type] ?? []).includes(value)) throw new FormatError(`${where}: ${JSON.stringify(value)} is not a ${field.type}`);
    return value;
  }
  switch (field.type) {
    case "String":
      if (typeof value !== "string") throw new FormatError(`${where} must be a string`);
      return value;
    case "Int":
      if (!Number.isSafeInteger(value)) throw new FormatError(`${where} must be an integer`);
      return value;
    case "Float":
      if (typeof value !== "number" || !Number.isFinite(value)) throw new FormatError(`${where} must be a number`);
      return value;
    case "Boolean":
      if (typeof value !== "boolean") throw new FormatError(`${where} must be true or false`);
      return value;
    case "DateTime": {
      if (typeof value !== "string" || !ISO.test(value) || Number.isNaN(Date.parse(value))) throw new FormatError(`${where} must be an ISO 8601 UTC date`);
      return new Date(value);
    }
    case "Json":
      return value;
    default:
      throw new FormatError(`${where}: type ${field.type} is not supported`);
  }
}

export function decodeRow(model: string, fields: SchemaField[], data: Record<string, unknown>, enums: Record<string, string[]>): Record<string, unknown> {
  const known = new Map(fields.map((f) => [f.name, f]));
  const unknown = Object.keys(data).filter((k) => !known.has(k));
  if (unknown.length) throw new FormatError(`${model}: this instance has no column ${unknown.join(", ")} (exported by a newer version?)`);
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!(f.name in data)) {
      // A column added since the export: its default applies, if it has one.
      if (!f.optional && !f.hasDefault) throw new FormatError(`${model}.${f.name} is missing`);
      continue;
    }
    try {
      const v = decodeValue(f, data[f.name], enums);
      if (v !== undefined) out[f.name] = v;
    } catch (error) {
      throw error instanceof FormatError ? new FormatError(`${model}.${error.message}`) : error;
    }
  }
  return out;
}
