import "server-only";
import { createHash } from "node:crypto";
import { databaseProvider, type Db, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { MissingFileError, type FileStorage } from "@/lib/storage";
import { CHUNK_BYTES, encodeRow, FORMAT, FORMAT_VERSION, SENSITIVE_NOTE } from "@/lib/org-transfer/format";
import { scopeWhere, type PlanStep, type TransferPlan } from "@/lib/org-transfer/plan";
import { loadTransferPlan } from "@/lib/org-transfer/load-plan";
import { delegateOf, pagedRows, type Row } from "@/lib/org-transfer/delegates";
import { exportedUser } from "@/lib/org-transfer/user-rows";

export type ExportSummary = {
  organization: { id: string; slug: string; name: string };
  rows: Record<string, number>;
  files: number;
  missingFiles: string[];
};

type Write = (line: string) => Promise<void> | void;

// Long enough for a large organization; the export only reads.
const TRANSACTION = { maxWait: 30_000, timeout: 6 * 60 * 60_000 };

// One snapshot for every read: on PostgreSQL that takes REPEATABLE READ; SQLite's read transaction
// is a snapshot already (WAL). The client is typed as SQLite's, which only names Serializable.
function snapshotOptions(): typeof TRANSACTION {
  return databaseProvider === "postgresql" ? ({ ...TRANSACTION, isolationLevel: "RepeatableRead" } as typeof TRANSACTION) : TRANSACTION;
}

// The ids of shared rows (people) that the organization's rows point at.
async function referencedIds(tx: Tx, plan: TransferPlan, step: PlanStep, organizationId: string): Promise<string[]> {
  if (step.scope.kind !== "referenced") return [];
  const ids = new Set<string>();
  for (const by of step.scope.by) {
    const source = plan.steps.find((s) => s.model === by.model)!;
    const rows = await delegateOf(tx, source.delegate).findMany({
      where: scopeWhere(plan, source, organizationId),
      select: { [by.field]: true },
      distinct: [by.field],
    });
    for (const r of rows) if (r[by.field] !== null) ids.add(String(r[by.field]));
  }
  return [...ids].sort();
}

async function* stepRows(tx: Tx, plan: TransferPlan, step: PlanStep, organizationId: string): AsyncGenerator<Row> {
  const delegate = delegateOf(tx, step.delegate);
  if (step.scope.kind !== "referenced") {
    yield* pagedRows(delegate, scopeWhere(plan, step, organizationId), step.idFields);
    return;
  }
  const ids = await referencedIds(tx, plan, step, organizationId);
  for (let i = 0; i < ids.length; i += 500) {
    yield* pagedRows(delegate, scopeWhere(plan, step, organizationId, ids.slice(i, i + 500)), step.idFields);
  }
}

// Re-cut whatever the store yields into CHUNK_BYTES pieces, so lines stay small and alike.
async function* chunks(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let pending = Buffer.alloc(0);
  for await (const piece of stream) {
    pending = Buffer.concat([pending, typeof piece === "string" ? Buffer.from(piece) : piece]);
    while (pending.length >= CHUNK_BYTES) {
      yield pending.subarray(0, CHUNK_BYTES);
      pending = pending.subarray(CHUNK_BYTES);
    }
  }
  if (pending.length) yield pending;
}

// Writes one organization — every row of every model that belongs to it, the people its rows name,
// and its stored files — as JSON Lines (lib/org-transfer/format.ts) through `write`, from one
// consistent snapshot of the database. Records an audit event once the whole file is written.
export async function exportOrganization(opts: { db: Db; storage: FileStorage; slug: string; write: Write }): Promise<ExportSummary> {
  const { db, storage, write } = opts;
  const { plan } = loadTransferPlan();
  const org = await db.organization.findUnique({ where: { slug: opts.slug }, select: { id: true, slug: true, name: true } });
  if (!org) throw new NotFoundError(`No organization with the short name "${opts.slug}".`);

  const hash = createHash("sha256");
  const emit = async (record: object) => {
    const line = `${JSON.stringify(record)}\n`;
    hash.update(line);
    await write(line);
  };
  const rows: Record<string, number> = {};
  const fileKeys = new Set<string>();
  const missingFiles: string[] = [];

  await db.$transaction(
    async (tx) => {
      const memberIds = new Set((await tx.membership.findMany({ where: { organizationId: org.id }, select: { userId: true } })).map((m) => m.userId));
      await emit({
        kind: "header",
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        exportedAt: new Date().toISOString(),
        organization: org,
        models: plan.steps.map((s) => s.model),
        sensitive: SENSITIVE_NOTE,
      });
      for (const step of plan.steps) {
        rows[step.model] = 0;
        for await (const row of stepRows(tx, plan, step, org.id)) {
          let data = encodeRow(step.fields, row);
          if (step.model === "User") data = exportedUser(data, { organizationId: org.id, memberIds });
          for (const f of step.fileFields) if (typeof data[f] === "string" && data[f] !== "") fileKeys.add(data[f] as string);
          await emit({ kind: "row", model: step.model, data });
          rows[step.model]++;
        }
      }
      for (const key of fileKeys) {
        let stream;
        try {
          stream = await storage.get(key);
        } catch (error) {
          if (!(error instanceof MissingFileError)) throw error;
          missingFiles.push(key);
          await emit({ kind: "file", key, missing: true });
          continue;
        }
        await emit({ kind: "file", key });
        const fileHash = createHash("sha256");
        let size = 0;
        for await (const chunk of chunks(stream)) {
          fileHash.update(chunk);
          size += chunk.length;
          await emit({ kind: "chunk", data: chunk.toString("base64") });
        }
        await emit({ kind: "fileEnd", size, sha256: fileHash.digest("hex") });
      }
    },
    snapshotOptions(),
  );
  const files = fileKeys.size - missingFiles.length;
  await write(`${JSON.stringify({ kind: "end", rows, files, sha256: hash.digest("hex") })}\n`);

  await db.$transaction((tx) =>
    recordAudit(tx, { userId: null, label: "org:export (command line)", organizationId: org.id }, {
      action: "organization.exported",
      entityType: "Organization",
      entityId: org.id,
      after: { rows, files, missingFiles },
    }),
  );
  return { organization: org, rows, files, missingFiles };
}

