// The access matrix, built from the permission table and the registry of every mutation: for each
// action, every allowed role succeeds with exactly one audit event; every other role is refused
// with nothing written; a signed-out call is refused; a member of another organization gets
// not-found. An action without a case here fails the suite. Route handlers have their own matrix
// in access-matrix-routes.test.ts.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actionRegistry, publicActionRegistry } from "@/lib/actions/registry";
import { executeAction } from "@/lib/actions/define-action";
import { can, ROLES } from "@/lib/auth/permissions";
import { createCampaign, createMember, createOrganization } from "@/tests/factories";
import { snapshotOrganization } from "@/tests/support/snapshot";
import { ACCESS_CASES as CASES, PUBLIC_GUARDS, type Fixture } from "@/tests/support/access-cases";

async function fixture(): Promise<Fixture> {
  const org = await createOrganization();
  const admin = await createMember("ADMIN", org);
  const campaign = await createCampaign(admin);
  return { organizationId: org.id, admin, campaign };
}

function definedActionNames(): string[] {
  const names: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const p = path.join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".ts")) {
        const src = readFileSync(p, "utf8");
        for (const m of src.matchAll(/define(?:Public)?Action\(\{\s*name:\s*"([^"]+)"/g)) names.push(m[1]);
      }
    }
  };
  walk(path.resolve("lib"));
  return names.sort();
}

describe("access matrix", () => {
  it("covers every mutation defined in the code", () => {
    const defined = definedActionNames();
    const registered = [...actionRegistry.keys(), ...publicActionRegistry.keys()].sort();
    expect(registered).toEqual(defined);
    expect(Object.keys(CASES).sort()).toEqual([...actionRegistry.keys()].sort());
    expect(Object.keys(PUBLIC_GUARDS).sort()).toEqual([...publicActionRegistry.keys()].sort());
  });

  for (const [name, def] of actionRegistry) {
    describe(name, () => {
      const testCase = CASES[name];
      for (const role of ROLES) {
        const allowed = can(role, def.permission);
        it(`${role} is ${allowed ? "allowed, with one audit event" : "refused, nothing written"}`, async () => {
          const f = await fixture();
          const actor = await createMember(role, { id: f.organizationId });
          const input = await testCase.input(f, actor);
          const before = await snapshotOrganization(f.organizationId);
          const audits = await db.auditEvent.count({ where: { organizationId: f.organizationId } });
          const state = await executeAction(def, actor, input);
          if (allowed) {
            expect(state, state.message).toMatchObject({ ok: true });
            expect(await db.auditEvent.count({ where: { organizationId: f.organizationId } })).toBe(audits + 1);
            const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: f.organizationId }, orderBy: { createdAt: "desc" } });
            expect(event).toMatchObject({ action: name, actorId: actor.userId });
          } else {
            expect(state).toMatchObject({ ok: false, status: 403 });
            expect(await snapshotOrganization(f.organizationId)).toBe(before);
          }
        });
      }

      it("refuses a signed-out call, nothing written", async () => {
        const f = await fixture();
        const input = await testCase.input(f, f.admin);
        const before = await snapshotOrganization(f.organizationId);
        const state = await executeAction(def, null, input);
        expect(state).toMatchObject({ ok: false, status: 401 });
        expect(await snapshotOrganization(f.organizationId)).toBe(before);
      });

      if (testCase.crossOrg) {
        it("answers not-found to an admin of another organization, nothing written", async () => {
          const f = await fixture();
          const input = await testCase.input(f, f.admin);
          const stranger = await createMember("ADMIN");
          const before = await snapshotOrganization(f.organizationId);
          const state = await executeAction(def, stranger, input);
          expect(state).toMatchObject({ ok: false, status: 404 });
          expect(await snapshotOrganization(f.organizationId)).toBe(before);
        });
      }
    });
  }
});
