// Which rows make up one organization, and in which order they can be inserted. Pure: derived from
// the schema (lib/org-transfer/schema-model.ts), so a model added later is carried without anyone
// remembering to list it — or, when its link to an organization is unclear, refused until someone
// decides (buildTransferPlan throws, and tests/unit/org-transfer-plan.test.ts with it).
import { foreignKeys, scalarFields, type SchemaField, type SchemaModel, type SchemaModelDef } from "@/lib/org-transfer/schema-model";

// Rows that several organizations share: carried when a row of the organization points at them.
export const SHARED_MODELS: Record<string, string> = {
  User: "people: carried when they are members or when a record of the organization names them",
};

// Data of the running instance, not of any organization: never exported.
export const INSTANCE_MODELS: Record<string, string> = {
  RateLimit: "fixed-window counters of the running instance, keyed by address, account or token",
};

// Rows the database derives from other rows (kept by triggers, rebuilt as the carried rows are
// inserted) or that only hold work in progress: never exported, although they name an organization.
export const DERIVED_MODELS: Record<string, string> = {
  FeedbackDayStat: "per-day counts kept by database triggers on FeedbackItem: rebuilt as the items are imported",
  ImportStagedRow: "rows of an import still running: a runner taking the job up again starts it over",
};

// Columns holding a storage key (lib/storage) whose file travels with the export.
export const FILE_FIELDS: Record<string, string[]> = {
  Evidence: ["fileKey"],
  ImportJob: ["filePath"],
};

const SUPPORTED_SCALARS = new Set(["String", "Int", "Float", "Boolean", "DateTime", "Json"]);
// A column named like a storage key must be listed in FILE_FIELDS, or its file would be left behind.
const LOOKS_LIKE_FILE = /(file|storage|blob)(Key|Path)$/i;

export type Scope =
  | { kind: "organization" }
  | { kind: "orgField"; field: string }
  | { kind: "parent"; via: { relation: string; parent: string }[] }
  | { kind: "referenced"; by: { model: string; field: string }[] };

export type ForeignKey = { relation: string; fields: string[]; target: string; references: string[] };

export type PlanStep = {
  model: string;
  // The Prisma client property: "feedbackItem" for FeedbackItem.
  delegate: string;
  scope: Scope;
  idFields: string[];
  fields: SchemaField[];
  foreignKeys: ForeignKey[];
  // Single-column @id and @unique fields: an import refuses a value that already exists.
  uniqueFields: string[];
  fileFields: string[];
};

export type TransferPlan = { steps: PlanStep[]; excluded: { model: string; reason: string }[] };

export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanError";
  }
}

export const delegateName = (model: string) => model[0].toLowerCase() + model.slice(1);

function fks(model: SchemaModelDef): ForeignKey[] {
  return foreignKeys(model).map((f) => ({ relation: f.name, fields: f.relation.fields, target: f.type, references: f.relation.references }));
}

function classify(schema: SchemaModel): { scopes: Map<string, Scope>; excluded: { model: string; reason: string }[] } {
  const byName = new Map(schema.models.map((m) => [m.name, m]));
  if (!byName.has("Organization")) throw new PlanError("The schema has no Organization model");
  const scopes = new Map<string, Scope>([["Organization", { kind: "organization" }]]);

  for (const m of schema.models) {
    const toOrg = fks(m).filter((k) => k.target === "Organization");
    if (m.name === "Organization" || toOrg.length === 0 || DERIVED_MODELS[m.name]) continue;
    if (SHARED_MODELS[m.name]) throw new PlanError(`${m.name} is listed as shared but belongs to one organization through ${toOrg[0].relation}`);
    if (toOrg.length > 1 || toOrg[0].fields.length !== 1) throw new PlanError(`${m.name}: expected one single-column relation to Organization`);
    scopes.set(m.name, { kind: "orgField", field: toOrg[0].fields[0] });
  }

  // Models without an organization column, reachable through a relation to one that has it.
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of schema.models) {
      if (scopes.has(m.name) || SHARED_MODELS[m.name] || DERIVED_MODELS[m.name]) continue;
      const via = fks(m)
        .filter((k) => scopes.has(k.target) && !SHARED_MODELS[k.target])
        .map((k) => ({ relation: k.relation, parent: k.target }));
      if (via.length) {
        scopes.set(m.name, { kind: "parent", via });
        changed = true;
      }
    }
  }

  for (const name of Object.keys(SHARED_MODELS)) {
    if (!byName.has(name)) continue;
    const by = schema.models
      .filter((m) => scopes.has(m.name))
      .flatMap((m) => fks(m).filter((k) => k.target === name).map((k) => ({ model: m.name, field: k.fields[0] })));
    scopes.set(name, { kind: "referenced", by });
  }

  const excluded: { model: string; reason: string }[] = [];
  for (const m of schema.models) {
    const instance = INSTANCE_MODELS[m.name] ?? DERIVED_MODELS[m.name];
    if (scopes.has(m.name)) {
      if (instance) throw new PlanError(`${m.name} is listed as instance data but is linked to an organization`);
      continue;
    }
    if (!instance) {
      throw new PlanError(
        `${m.name} is neither linked to an organization nor listed in INSTANCE_MODELS (lib/org-transfer/plan.ts): decide whether org:export must carry it`,
      );
    }
    excluded.push({ model: m.name, reason: instance });
  }
  return { scopes, excluded };
}

function check(model: SchemaModelDef, scopes: Map<string, Scope>) {
  for (const k of fks(model)) {
    if (!scopes.has(k.target)) throw new PlanError(`${model.name}.${k.relation} points at ${k.target}, which org:export does not carry`);
    if (k.fields.length !== 1) throw new PlanError(`${model.name}.${k.relation}: composite foreign keys are not supported`);
  }
  for (const f of scalarFields(model)) {
    if (f.kind === "scalar" && !SUPPORTED_SCALARS.has(f.type)) throw new PlanError(`${model.name}.${f.name}: type ${f.type} is not supported by org:export`);
    if (f.kind === "scalar" && f.type === "String" && LOOKS_LIKE_FILE.test(f.name) && !(FILE_FIELDS[model.name] ?? []).includes(f.name)) {
      throw new PlanError(`${model.name}.${f.name} looks like a storage key: list it in FILE_FIELDS so its file is exported`);
    }
  }
  for (const f of FILE_FIELDS[model.name] ?? []) {
    if (!model.fields.some((x) => x.name === f && x.type === "String")) throw new PlanError(`FILE_FIELDS names ${model.name}.${f}, which is not a String column`);
  }
}

// Dependency order: a row comes after every row it points at. Ties keep the schema's order.
function order(models: SchemaModelDef[]): SchemaModelDef[] {
  const pending = new Map(models.map((m) => [m.name, new Set(fks(m).map((k) => k.target).filter((t) => t !== m.name))]));
  const out: SchemaModelDef[] = [];
  while (pending.size) {
    const next = models.find((m) => pending.has(m.name) && [...pending.get(m.name)!].every((t) => !pending.has(t)));
    if (!next) throw new PlanError(`Foreign keys form a cycle among ${[...pending.keys()].join(", ")}: no insertion order exists`);
    out.push(next);
    pending.delete(next.name);
  }
  if (models.some((m) => fks(m).some((k) => k.target === m.name))) throw new PlanError("Self-referencing models are not supported by org:export");
  return out;
}

export function buildTransferPlan(schema: SchemaModel): TransferPlan {
  const { scopes, excluded } = classify(schema);
  const carried = schema.models.filter((m) => scopes.has(m.name));
  for (const m of carried) check(m, scopes);
  for (const name of Object.keys(FILE_FIELDS)) if (!scopes.has(name)) throw new PlanError(`FILE_FIELDS names ${name}, which is not exported`);
  const steps = order(carried).map(
    (m): PlanStep => ({
      model: m.name,
      delegate: delegateName(m.name),
      scope: scopes.get(m.name)!,
      idFields: m.idFields,
      fields: scalarFields(m),
      foreignKeys: fks(m),
      uniqueFields: m.fields.filter((f) => f.kind !== "object" && (f.isUnique || (f.isId && m.idFields.length === 1))).map((f) => f.name),
      fileFields: FILE_FIELDS[m.name] ?? [],
    }),
  );
  return { steps, excluded };
}

// The Prisma `where` that selects a step's rows for one organization. Shared models are selected
// by the ids the other rows point at, which only the caller knows.
export function scopeWhere(plan: TransferPlan, step: PlanStep, organizationId: string, referencedIds: string[] = []): Record<string, unknown> {
  const scope = step.scope;
  switch (scope.kind) {
    case "organization":
      return { [step.idFields[0]]: organizationId };
    case "orgField":
      return { [scope.field]: organizationId };
    case "referenced":
      return { [step.idFields[0]]: { in: referencedIds } };
    case "parent": {
      const parts = scope.via.map((v) => {
        const parent = plan.steps.find((s) => s.model === v.parent)!;
        return { [v.relation]: scopeWhere(plan, parent, organizationId) };
      });
      return parts.length === 1 ? parts[0] : { OR: parts };
    }
  }
}
