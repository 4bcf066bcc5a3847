import "server-only";
import { createHash } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { MissingFileError, type FileStorage } from "@/lib/storage";
import { BodyRecord, decodeRow, FORMAT, FORMAT_VERSION, FormatError, HeaderRecord } from "@/lib/org-transfer/format";
import type { PlanStep } from "@/lib/org-transfer/plan";
import { loadTransferPlan } from "@/lib/org-transfer/load-plan";
import { delegateOf, type Row } from "@/lib/org-transfer/delegates";

export type ImportSummary = {
  organization: { id: string; slug: string; name: string };
  exportedAt: string;
  rows: Record<string, number>;
  files: number;
  missingFiles: string[];
};

const BATCH = 500;
const TRANSACTION = { maxWait: 30_000, timeout: 6 * 60 * 60_000 };

function parseLine(line: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new FormatError(`Line ${number} is not JSON: the file is damaged`);
  }
}

async function storageHas(storage: FileStorage, key: string): Promise<boolean> {
  try {
    (await storage.get(key, { end: 0 })).destroy();
    return true;
  } catch (error) {
    if (error instanceof MissingFileError) return false;
    throw error;
  }
}

// Reads an export (lib/org-transfer/format.ts) and writes it into this instance: every row with
// its own id (links, API tokens, invitation and story links keep working), in dependency order,
// in ONE transaction, so a refusal or a damaged file leaves nothing behind. Files are written to
// storage as they arrive and removed again if the transaction does not commit.
//
// Refused: an organization with the same id or short name, or any row whose id or unique value
// (an email, a token hash) already exists here; a row pointing at something that is not in the
// file; a file nobody references; a wrong checksum or a truncated file. Audit triggers only refuse
// UPDATE and DELETE, so exported audit events are inserted as they are.
export async function importOrganization(opts: { db: Db; storage: FileStorage; lines: AsyncIterable<string> }): Promise<ImportSummary> {
  const { db, storage } = opts;
  const { plan, schema } = loadTransferPlan();
  const stepOf = new Map(plan.steps.map((s, i) => [s.model, { step: s, index: i }]));
  const iterator = opts.lines[Symbol.asyncIterator]();
  const hash = createHash("sha256");
  let lineNumber = 0;
  const next = async (): Promise<string | null> => {
    const r = await iterator.next();
    if (r.done) return null;
    lineNumber++;
    return r.value;
  };

  const first = await next();
  if (first === null) throw new FormatError("The file is empty");
  const header = HeaderRecord.safeParse(parseLine(first, 1));
  if (!header.success) throw new FormatError(`This is not a ${FORMAT} file (its first line is not the header)`);
  if (header.data.formatVersion !== FORMAT_VERSION) throw new FormatError(`Format version ${header.data.formatVersion} is not supported (this version reads ${FORMAT_VERSION})`);
  hash.update(`${first}\n`);
  const org = header.data.organization;

  const clash = await db.organization.findFirst({ where: { OR: [{ id: org.id }, { slug: org.slug }] }, select: { slug: true } });
  if (clash) throw new ConflictError(`An organization with the short name "${clash.slug}" (or its id) already exists here: org:import only writes into an instance that holds none of the exported records.`);

  const written: string[] = [];
  try {
    const summary = await db.$transaction(async (tx) => {
      // Ids (and other referenced columns) already inserted, by "Model.field": a foreign key in the
      // file may only point at a row of the same file.
      const known = new Map<string, Set<string>>();
      for (const s of plan.steps) for (const k of s.foreignKeys) known.set(`${k.target}.${k.references[0]}`, new Set());
      const fileKeys = new Set<string>();
      const seenFiles = new Set<string>();
      const missingFiles: string[] = [];
      const rows: Record<string, number> = {};
      let position = -1;
      let batch: Row[] = [];
      let batchStep: PlanStep | null = null;

      const flush = async () => {
        if (!batchStep || batch.length === 0) return;
        await refuseExisting(tx, batchStep, batch);
        await delegateOf(tx, batchStep.delegate).createMany({ data: batch });
        batch = [];
      };

      const acceptRow = async (model: string, data: Record<string, unknown>) => {
        const entry = stepOf.get(model);
        if (!entry) throw new FormatError(`Line ${lineNumber}: this instance has no model ${model}`);
        if (entry.index < position) throw new FormatError(`Line ${lineNumber}: ${model} rows come after rows that depend on them`);
        if (entry.index !== position) {
          await flush();
          position = entry.index;
          batchStep = entry.step;
        }
        const step = entry.step;
        const row = decodeRow(model, step.fields, data, schema.enums);
        if (step.scope.kind === "organization" && row[step.idFields[0]] !== org.id) throw new FormatError(`Line ${lineNumber}: a second organization in the file`);
        if (step.scope.kind === "orgField" && row[step.scope.field] !== org.id) throw new FormatError(`Line ${lineNumber}: a ${model} of another organization`);
        for (const k of step.foreignKeys) {
          const value = row[k.fields[0]];
          if (value === null || value === undefined) continue;
          if (!known.get(`${k.target}.${k.references[0]}`)!.has(String(value))) {
            throw new FormatError(`Line ${lineNumber}: ${model}.${k.fields[0]} points at a ${k.target} that is not in the file`);
          }
        }
        for (const [ref, set] of known) {
          const [target, field] = ref.split(".");
          if (target === model && row[field] !== undefined && row[field] !== null) set.add(String(row[field]));
        }
        for (const f of step.fileFields) if (typeof row[f] === "string" && row[f] !== "") fileKeys.add(row[f] as string);
        rows[model] = (rows[model] ?? 0) + 1;
        batch.push(row);
        if (batch.length >= BATCH) await flush();
      };

      let file: { key: string; parts: Buffer[]; size: number } | null = null;
      for (let line = await next(); line !== null; line = await next()) {
        const parsed = BodyRecord.safeParse(parseLine(line, lineNumber));
        if (!parsed.success) throw new FormatError(`Line ${lineNumber} is not a record of this format`);
        const record = parsed.data;
        if (file && record.kind !== "chunk" && record.kind !== "fileEnd") throw new FormatError(`Line ${lineNumber}: the file ${file.key} ends without its checksum`);
        switch (record.kind) {
          case "row":
            if (seenFiles.size) throw new FormatError(`Line ${lineNumber}: rows after files`);
            await acceptRow(record.model, record.data);
            break;
          case "file":
            await flush();
            if (!fileKeys.has(record.key)) throw new FormatError(`Line ${lineNumber}: no record refers to the file ${record.key}`);
            if (seenFiles.has(record.key)) throw new FormatError(`Line ${lineNumber}: the file ${record.key} appears twice`);
            seenFiles.add(record.key);
            if (await storageHas(storage, record.key)) throw new ConflictError(`A file ${record.key} already exists in this instance's storage.`);
            if (record.missing) missingFiles.push(record.key);
            else file = { key: record.key, parts: [], size: 0 };
            break;
          case "chunk": {
            if (!file) throw new FormatError(`Line ${lineNumber}: file bytes outside a file`);
            const bytes = Buffer.from(record.data, "base64");
            file.parts.push(bytes);
            file.size += bytes.length;
            break;
          }
          case "fileEnd": {
            if (!file) throw new FormatError(`Line ${lineNumber}: a checksum outside a file`);
            const bytes = Buffer.concat(file.parts);
            const sha256 = createHash("sha256").update(bytes).digest("hex");
            if (bytes.length !== record.size || sha256 !== record.sha256) throw new FormatError(`The file ${file.key} does not match its checksum: the export is damaged`);
            await storage.put(file.key, bytes);
            written.push(file.key);
            file = null;
            break;
          }
          case "end": {
            await flush();
            if (record.sha256 !== hash.digest("hex")) throw new FormatError("The file does not match its checksum: it was changed or damaged after the export");
            for (const model of new Set([...Object.keys(record.rows), ...Object.keys(rows)])) {
              const announced = record.rows[model] ?? 0;
              if ((rows[model] ?? 0) !== announced) throw new FormatError(`The file announces ${announced} ${model} rows but holds ${rows[model] ?? 0}`);
            }
            const unseen = [...fileKeys].filter((k) => !seenFiles.has(k));
            if (unseen.length) throw new FormatError(`Files referenced by the records are not in the export: ${unseen.slice(0, 3).join(", ")}`);
            if (written.length !== record.files) throw new FormatError(`The file announces ${record.files} files but holds ${written.length}`);
            if ((await next()) !== null) throw new FormatError(`Line ${lineNumber}: content after the end record`);
            await recordAudit(tx, { userId: null, label: "org:import (command line)", organizationId: org.id }, {
              action: "organization.imported",
              entityType: "Organization",
              entityId: org.id,
              after: { exportedAt: header.data.exportedAt, formatVersion: header.data.formatVersion, rows, files: written.length, missingFiles },
            });
            return { organization: org, exportedAt: header.data.exportedAt, rows, files: written.length, missingFiles };
          }
        }
        hash.update(`${line}\n`);
      }
      throw new FormatError("The file ends before its end record: it is truncated");
    }, TRANSACTION);
    return summary;
  } catch (error) {
    await Promise.all(written.map((key) => storage.remove(key).catch(() => undefined)));
    throw error;
  }
}

// The first id or unique value of a batch that this instance already holds, as a refusal.
async function refuseExisting(tx: Tx, step: PlanStep, batch: Row[]) {
  const delegate = delegateOf(tx, step.delegate);
  for (const field of step.uniqueFields) {
    const values = batch.map((r) => r[field]).filter((v) => v !== null && v !== undefined);
    if (values.length === 0) continue;
    const found = await delegate.findMany({ where: { [field]: { in: values } }, select: { [field]: true }, take: 1 });
    if (found.length) {
      throw new ConflictError(`This instance already has a ${step.model} with ${field} ${JSON.stringify(found[0][field])}: org:import only writes into an instance that holds none of the exported records.`);
    }
  }
}
