// The data model as prisma/sqlite/schema.prisma declares it: models, their fields, ids, unique
// fields and foreign keys. Pure. The organization export walks this instead of a hand-kept list,
// so a model added later is either carried or refused loudly (lib/org-transfer/plan.ts).
//
// The generated client of Prisma's "prisma-client" generator no longer exposes the DMMF, and the
// schema engine is only reachable through the CLI, so this reads the schema text. It understands
// what Prisma schemas contain (blocks, fields, @id, @unique, @@id, @relation) and throws on a line it
// cannot read; tests/unit/org-transfer-plan.test.ts checks it against the generated client's
// scalar field lists, so a misreading cannot pass silently.

export type ScalarType = "String" | "Int" | "Float" | "Boolean" | "DateTime" | "Json" | "BigInt" | "Decimal" | "Bytes";

export type SchemaField = {
  name: string;
  // The Prisma type: a scalar type, an enum name or a model name.
  type: string;
  kind: "scalar" | "enum" | "object";
  optional: boolean;
  list: boolean;
  isId: boolean;
  isUnique: boolean;
  hasDefault: boolean;
  // Only on the side that holds the foreign key.
  relation: { fields: string[]; references: string[] } | null;
};

export type SchemaModelDef = { name: string; fields: SchemaField[]; idFields: string[] };

export type SchemaModel = { models: SchemaModelDef[]; enums: Record<string, string[]> };

export class SchemaReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SchemaReadError";
  }
}

// "//" starts a comment unless it is inside a string ("https://…" in a default).
function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "\\" && inString) i++;
    else if (c === '"') inString = !inString;
    else if (!inString && c === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}

function listArgument(attr: string, name: string): string[] | null {
  const m = attr.match(new RegExp(`\\b${name}\\s*:\\s*\\[([^\\]]*)\\]`));
  return m ? m[1].split(",").map((s) => s.trim()).filter(Boolean) : null;
}

type RawBlock = { keyword: string; name: string; lines: string[] };

function blocks(text: string): RawBlock[] {
  const out: RawBlock[] = [];
  let current: RawBlock | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = stripComment(raw).trim();
    if (line === "") continue;
    if (!current) {
      const open = line.match(/^(model|enum|generator|datasource|type|view)\s+(\w+)\s*\{$/);
      if (!open) throw new SchemaReadError(`Unexpected line outside a block: ${line}`);
      current = { keyword: open[1], name: open[2], lines: [] };
    } else if (line === "}") {
      out.push(current);
      current = null;
    } else {
      current.lines.push(line);
    }
  }
  if (current) throw new SchemaReadError(`Block ${current.name} is not closed`);
  return out;
}

export function parsePrismaSchema(text: string): SchemaModel {
  const all = blocks(text);
  for (const b of all) {
    if (b.keyword === "type" || b.keyword === "view") throw new SchemaReadError(`${b.keyword} ${b.name}: not supported by the organization export`);
  }
  const enums: Record<string, string[]> = {};
  for (const b of all.filter((x) => x.keyword === "enum")) {
    enums[b.name] = b.lines.filter((l) => !l.startsWith("@@")).map((l) => l.split(/\s+/)[0]);
  }
  const modelNames = new Set(all.filter((b) => b.keyword === "model").map((b) => b.name));
  const models = all
    .filter((b) => b.keyword === "model")
    .map((b): SchemaModelDef => {
      const fields: SchemaField[] = [];
      let compoundId: string[] | null = null;
      for (const line of b.lines) {
        if (line.startsWith("@@")) {
          if (line.startsWith("@@id")) compoundId = listArgument(line, "fields") ?? line.match(/@@id\(\s*\[([^\]]*)\]/)?.[1].split(",").map((s) => s.trim()) ?? null;
          continue;
        }
        if (/^\w+\s+Unsupported\(/.test(line)) throw new SchemaReadError(`${b.name}: Unsupported types cannot be exported ("${line}")`);
        // The client neither reads nor writes @ignore columns: the database fills them (generated
        // columns, counts kept by triggers), on the instance that imports too.
        if (/\s@ignore\b/.test(line)) continue;
        const m = line.match(/^(\w+)\s+(\w+)(\?|\[\])?(?:\s+(.*))?$/);
        if (!m) throw new SchemaReadError(`${b.name}: cannot read the field line "${line}"`);
        const [, name, type, modifier, attrs = ""] = m;
        const relationAttr = attrs.match(/@relation\(([^)]*)\)/)?.[1] ?? "";
        const fk = listArgument(relationAttr, "fields");
        fields.push({
          name,
          type,
          kind: modelNames.has(type) ? "object" : type in enums ? "enum" : "scalar",
          optional: modifier === "?",
          list: modifier === "[]",
          isId: /(^|\s)@id\b/.test(attrs),
          isUnique: /(^|\s)@unique\b/.test(attrs),
          hasDefault: /(^|\s)@(default|updatedAt)\b/.test(attrs),
          relation: fk ? { fields: fk, references: listArgument(relationAttr, "references") ?? [] } : null,
        });
      }
      const idFields = compoundId ?? fields.filter((f) => f.isId).map((f) => f.name);
      if (idFields.length === 0) throw new SchemaReadError(`${b.name} has no @id or @@id`);
      return { name: b.name, fields, idFields };
    });
  return { models, enums };
}

export function scalarFields(model: SchemaModelDef): SchemaField[] {
  return model.fields.filter((f) => f.kind !== "object");
}

// Relations whose foreign key this model holds.
export function foreignKeys(model: SchemaModelDef): (SchemaField & { relation: NonNullable<SchemaField["relation"]> })[] {
  return model.fields.filter((f): f is SchemaField & { relation: NonNullable<SchemaField["relation"]> } => f.kind === "object" && f.relation !== null);
}
