// The organization export's plan is derived from the schema: these tests hold it to the real schema
// (every model carried or deliberately left out, every model with an organization carried) and show
// that a model added later is carried, or refused until someone decides.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as PrismaNamespace from "@/generated/sqlite/internal/prismaNamespace";
import { parsePrismaSchema } from "@/lib/org-transfer/schema-model";
import { buildTransferPlan, DERIVED_MODELS, INSTANCE_MODELS, PlanError, scopeWhere } from "@/lib/org-transfer/plan";
import { decodeRow, encodeRow, FormatError } from "@/lib/org-transfer/format";
import { exportedUser, NO_CREDENTIALS } from "@/lib/org-transfer/user-rows";
import { exportTarget, parseOrgExportArgs, parseOrgImportArgs } from "@/lib/org-transfer/cli-args";

const SCHEMA = readFileSync("prisma/sqlite/schema.prisma", "utf8");
const schema = parsePrismaSchema(SCHEMA);
const plan = buildTransferPlan(schema);
const carried = plan.steps.map((s) => s.model);

describe("reading the schema", () => {
  it("finds every model and every column the generated client knows", () => {
    expect(schema.models.map((m) => m.name).sort()).toEqual(Object.values(PrismaNamespace.ModelName).sort());
    for (const m of schema.models) {
      const generated = (PrismaNamespace as unknown as Record<string, Record<string, string> | undefined>)[`${m.name}ScalarFieldEnum`];
      expect(generated, m.name).toBeDefined();
      expect(m.fields.filter((f) => f.kind !== "object").map((f) => f.name).sort(), m.name).toEqual(Object.values(generated!).sort());
    }
  });

  it("reads ids, foreign keys, optional columns and enums", () => {
    const theme = schema.models.find((m) => m.name === "FeedbackTheme")!;
    expect(theme.idFields).toEqual(["feedbackItemId", "themeId"]);
    const item = schema.models.find((m) => m.name === "FeedbackItem")!;
    expect(item.fields.find((f) => f.name === "assignee")!.relation).toEqual({ fields: ["assigneeId"], references: ["id"] });
    expect(item.fields.find((f) => f.name === "assigneeId")!.optional).toBe(true);
    expect(item.fields.find((f) => f.name === "channel")!.kind).toBe("enum");
    expect(schema.enums.ConsentStatus).toEqual(["NOT_REQUESTED", "REQUESTED", "GRANTED", "DENIED", "WITHDRAWN"]);
    expect(schema.models.find((m) => m.name === "Organization")!.fields.find((f) => f.name === "framingOrigins")!.hasDefault).toBe(true);
  });
});

describe("the export plan of the real schema", () => {
  it("carries every model or names why it does not", () => {
    const all = schema.models.map((m) => m.name);
    expect([...carried, ...plan.excluded.map((e) => e.model)].sort()).toEqual([...all].sort());
    expect(plan.excluded).toEqual(
      [
        { model: "RateLimit", reason: INSTANCE_MODELS.RateLimit },
        ...Object.entries(DERIVED_MODELS).map(([model, reason]) => ({ model, reason })),
      ].sort((a, b) => all.indexOf(a.model) - all.indexOf(b.model)),
    );
  });

  it("carries every model with an organizationId column, scoped by it", () => {
    // Derived rows name their organization too, and are rebuilt rather than carried.
    const withOrg = schema.models.filter((m) => m.fields.some((f) => f.name === "organizationId") && !DERIVED_MODELS[m.name]);
    expect(withOrg.length).toBeGreaterThan(25);
    for (const m of withOrg) expect(plan.steps.find((s) => s.model === m.name)?.scope, m.name).toEqual({ kind: "orgField", field: "organizationId" });
  });

  it("carries every model reachable from a carried one, and people through the rows that name them", () => {
    for (const m of schema.models) {
      if (!carried.includes(m.name) && !DERIVED_MODELS[m.name]) {
        const links = m.fields.filter((f) => f.kind === "object" && carried.includes(f.type));
        expect(links, `${m.name} links to carried models but is not carried`).toEqual([]);
      }
    }
    const user = plan.steps.find((s) => s.model === "User")!;
    expect(user.scope.kind).toBe("referenced");
    if (user.scope.kind === "referenced") {
      expect(user.scope.by).toContainEqual({ model: "Membership", field: "userId" });
      expect(user.scope.by).toContainEqual({ model: "AuditEvent", field: "actorId" });
      expect(user.scope.by).toContainEqual({ model: "Evidence", field: "retractedById" });
    }
  });

  it("orders the models so every row comes after the rows it points at", () => {
    expect(carried[0]).toBe("Organization");
    for (const [i, step] of plan.steps.entries()) {
      for (const k of step.foreignKeys) expect(carried.indexOf(k.target), `${step.model}.${k.relation}`).toBeLessThan(i);
    }
  });

  it("knows which columns name stored files and which values must be new", () => {
    expect(plan.steps.find((s) => s.model === "Evidence")!.fileFields).toEqual(["fileKey"]);
    expect(plan.steps.find((s) => s.model === "ImportJob")!.fileFields).toEqual(["filePath"]);
    expect(plan.steps.find((s) => s.model === "User")!.uniqueFields).toEqual(["id", "email"]);
    expect(plan.steps.find((s) => s.model === "ApiToken")!.uniqueFields).toEqual(["id", "tokenHash"]);
    expect(plan.steps.find((s) => s.model === "LessonTheme")!.uniqueFields).toEqual([]);
  });
});

describe("a model added later", () => {
  const withModel = (text: string) => buildTransferPlan(parsePrismaSchema(`${SCHEMA}\n${text}\n`));

  it("is carried when it has an organization", () => {
    const p = withModel(`model Survey {
  id             String       @id @default(cuid())
  organizationId String
  campaignId     String
  organization   Organization @relation(fields: [organizationId], references: [id])
  campaign       Campaign     @relation(fields: [campaignId], references: [id])
}`);
    const names = p.steps.map((s) => s.model);
    expect(p.steps.find((s) => s.model === "Survey")!.scope).toEqual({ kind: "orgField", field: "organizationId" });
    expect(names.indexOf("Survey")).toBeGreaterThan(names.indexOf("Campaign"));
  });

  it("is carried through its parent when it has no organization column of its own", () => {
    const p = withModel(`model EvidenceComment {
  id         String   @id
  evidenceId String
  text       String
  evidence   Evidence @relation(fields: [evidenceId], references: [id])
}`);
    const step = p.steps.find((s) => s.model === "EvidenceComment")!;
    expect(step.scope).toEqual({ kind: "parent", via: [{ relation: "evidence", parent: "Evidence" }] });
    expect(scopeWhere(p, step, "org-1")).toEqual({ evidence: { organizationId: "org-1" } });
  });

  it("is refused when it hangs off a person only, or off nothing, until someone decides", () => {
    expect(() =>
      withModel(`model PasswordReset {
  id     String @id
  userId String
  user   User   @relation(fields: [userId], references: [id])
}`),
    ).toThrow(/PasswordReset is neither linked to an organization nor listed in INSTANCE_MODELS/);
    expect(() => withModel(`model Setting {\n  key String @id\n  value String\n}`)).toThrow(PlanError);
  });

  it("is refused when a carried row would point at something left behind", () => {
    expect(() =>
      withModel(`model Logo {
  id String @id
}
model Badge {
  id             String       @id
  organizationId String
  logoId         String
  organization   Organization @relation(fields: [organizationId], references: [id])
  logo           Logo         @relation(fields: [logoId], references: [id])
}`),
    ).toThrow(PlanError);
  });

  it("is refused when it names a stored file that would not travel", () => {
    expect(() =>
      withModel(`model Attachment {
  id             String       @id
  organizationId String
  storageKey     String
  organization   Organization @relation(fields: [organizationId], references: [id])
}`),
    ).toThrow(/looks like a storage key/);
  });
});

describe("rows in the file", () => {
  const evidence = plan.steps.find((s) => s.model === "Evidence")!;
  const audit = plan.steps.find((s) => s.model === "AuditEvent")!;
  const row = {
    id: "e1", organizationId: "o1", commitmentId: "c1", kind: "METRIC", title: "Refunds", url: null, fileKey: null, fileName: null, fileMime: null,
    fileSize: null, metricName: "Refunded", metricValue: 99.5, metricUnit: "%", metricBaseline: null, metricTarget: 100, metricAsOf: new Date("2026-03-10T12:00:00.000Z"),
    note: "", isPublic: true, retractedAt: null, retractedById: null, retractReason: null, addedById: "u1", version: 2, createdAt: new Date("2026-03-11T08:30:00.123Z"),
  };

  it("round-trip: dates as ISO strings, everything else as it is", () => {
    const encoded = encodeRow(evidence.fields, row);
    expect(encoded.metricAsOf).toBe("2026-03-10T12:00:00.000Z");
    expect(JSON.parse(JSON.stringify(encoded))).toEqual(encoded);
    expect(decodeRow("Evidence", evidence.fields, JSON.parse(JSON.stringify(encoded)), schema.enums)).toEqual(row);
  });

  it("refuses wrong types, unknown enum values, unknown columns and missing required ones", () => {
    const encoded = encodeRow(evidence.fields, row) as Record<string, unknown>;
    expect(() => decodeRow("Evidence", evidence.fields, { ...encoded, kind: "VIDEO" }, schema.enums)).toThrow(/Evidence.kind/);
    expect(() => decodeRow("Evidence", evidence.fields, { ...encoded, version: "2" }, schema.enums)).toThrow(FormatError);
    expect(() => decodeRow("Evidence", evidence.fields, { ...encoded, createdAt: "yesterday" }, schema.enums)).toThrow(/ISO 8601/);
    expect(() => decodeRow("Evidence", evidence.fields, { ...encoded, secret: 1 }, schema.enums)).toThrow(/no column secret/);
    const { title: _title, ...withoutTitle } = encoded;
    expect(() => decodeRow("Evidence", evidence.fields, withoutTitle, schema.enums)).toThrow(/Evidence.title is missing/);
    // A column with a default may be missing (added after the export); it takes its default.
    const { version: _version, ...withoutVersion } = encoded;
    expect(decodeRow("Evidence", evidence.fields, withoutVersion, schema.enums)).not.toHaveProperty("version");
  });

  it("leaves a null Json column to SQL NULL and keeps JSON values", () => {
    const decoded = decodeRow("AuditEvent", audit.fields, { id: "a", organizationId: "o", actorId: null, actorLabel: "x", action: "y", entityType: "z", entityId: null, before: null, after: { a: [1, "two", null] }, createdAt: "2026-01-01T00:00:00.000Z" }, schema.enums);
    expect(decoded).not.toHaveProperty("before");
    expect(decoded.after).toEqual({ a: [1, "two", null] });
  });
});

describe("people in the file", () => {
  const user = { id: "u1", email: "a@x.test", passwordHash: "scrypt$1$2$3$salt$key", activeOrganizationId: "org-other" };

  it("members keep their credentials; people who left keep their name but cannot sign in", () => {
    expect(exportedUser(user, { organizationId: "org-1", memberIds: new Set(["u1"]) })).toEqual({ ...user, activeOrganizationId: null });
    expect(exportedUser({ ...user, activeOrganizationId: "org-1" }, { organizationId: "org-1", memberIds: new Set() })).toEqual({ ...user, passwordHash: NO_CREDENTIALS, activeOrganizationId: "org-1" });
  });
});

describe("org:export and org:import arguments", () => {
  it("reads the flags", () => {
    expect(parseOrgExportArgs(["--org", "acme"])).toEqual({ ok: true, value: { org: "acme", out: null } });
    expect(parseOrgExportArgs(["--org", "acme", "--out", "x.jsonl.gz"])).toEqual({ ok: true, value: { org: "acme", out: "x.jsonl.gz" } });
    expect(parseOrgExportArgs([])).toEqual({ ok: false, reason: "Missing --org." });
    expect(parseOrgImportArgs(["--file", "x.jsonl"])).toEqual({ ok: true, value: { file: "x.jsonl" } });
    expect(parseOrgImportArgs(["--file", "x", "--force"])).toMatchObject({ ok: false });
  });

  it("names a timestamped file in a directory, or takes the file given", () => {
    const now = new Date("2026-12-01T10:20:30.456Z");
    const dirs = new Set(["backups"]);
    expect(exportTarget(null, "acme", now, (p) => dirs.has(p))).toBe("exports/kintsugi-org-acme-2026-12-01T10-20-30-456Z.jsonl");
    expect(exportTarget("backups", "acme", now, (p) => dirs.has(p))).toBe("backups/kintsugi-org-acme-2026-12-01T10-20-30-456Z.jsonl");
    expect(exportTarget("new-dir/", "acme", now, (p) => dirs.has(p))).toBe("new-dir/kintsugi-org-acme-2026-12-01T10-20-30-456Z.jsonl");
    expect(exportTarget("acme.jsonl.gz", "acme", now, (p) => dirs.has(p))).toBe("acme.jsonl.gz");
  });
});
