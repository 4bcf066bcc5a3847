// The access matrix, built from the permission table and the registry of every mutation: for each
// action, every allowed role succeeds with exactly one audit event; every other role is refused
// with nothing written; a signed-out call is refused; a member of another organization gets
// not-found. An action without a case here fails the suite.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actionRegistry, publicActionRegistry } from "@/lib/actions/registry";
import { executeAction } from "@/lib/actions/define-action";
import { can, ROLES, type Role } from "@/lib/auth/permissions";
import type { Member } from "@/lib/auth/member";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { createCampaign, createMember, createOrganization, uid } from "@/tests/factories";
import { createApology, SINCERE_APOLOGY } from "@/tests/factories/apology";
import { snapshotOrganization } from "@/tests/support/snapshot";

type Fixture = { organizationId: string; admin: Member; campaign: { id: string; version: number } };
// crossOrg: false when the action only touches the actor's own organization or account.
type Case = { input: (f: Fixture, actor: Member) => Promise<Record<string, unknown>>; crossOrg: boolean };

const campaignInput = () => ({
  title: `Outage ${uid()}`,
  summary: "The checkout was down for two hours and some cards were charged twice.",
  occurredAt: "2026-03-03T09:00",
  severity: "HIGH",
  affectedAudience: "Everyone who ordered that morning",
  slaHours: "4",
});

async function otherMember(f: Fixture, role: Role = "COMMS") {
  const m = await createMember(role, { id: f.organizationId });
  return db.membership.findFirstOrThrow({ where: { userId: m.userId, organizationId: f.organizationId } });
}

const CASES: Record<string, Case> = {
  "campaign.create": { crossOrg: false, input: async () => campaignInput() },
  "campaign.update": { crossOrg: true, input: async (f) => ({ ...campaignInput(), id: f.campaign.id, version: f.campaign.version }) },
  "campaign.changeStatus": { crossOrg: true, input: async (f) => ({ id: f.campaign.id, version: f.campaign.version, status: "RECOVERING" }) },
  "member.invite": { crossOrg: false, input: async () => ({ email: `${uid()}@example.test`, role: "COMMS" }) },
  "member.revokeInvitation": {
    crossOrg: true,
    input: async (f) => {
      const inv = await db.invitation.create({
        data: { organizationId: f.organizationId, email: `${uid()}@example.test`, role: "EXEC", tokenHash: hashToken(newToken()), invitedById: f.admin.userId, expiresAt: new Date(Date.now() + 86_400_000) },
      });
      return { invitationId: inv.id };
    },
  },
  "member.changeRole": { crossOrg: true, input: async (f) => ({ membershipId: (await otherMember(f)).id, role: "EXEC" }) },
  "member.remove": { crossOrg: true, input: async (f) => ({ membershipId: (await otherMember(f, "MANAGER")).id }) },
  "account.switchOrganization": { crossOrg: true, input: async (f) => ({ organizationId: f.organizationId }) },
  "account.signOutEverywhere": { crossOrg: false, input: async () => ({}) },
  "notification.markRead": {
    crossOrg: true,
    input: async (f, actor) => {
      const n = await db.notification.create({ data: { organizationId: f.organizationId, userId: actor.userId, kind: "test", title: "Hello" } });
      return { notificationId: n.id };
    },
  },
  "apology.createVariant": { crossOrg: true, input: async (f) => ({ campaignId: f.campaign.id, channel: "social" }) },
  "apology.saveDraft": {
    crossOrg: true,
    input: async (f) => ({ apologyId: (await apologyIn(f, {})).id, baseNumber: 0, body: SINCERE_APOLOGY }),
  },
  "apology.restoreVersion": {
    crossOrg: true,
    input: async (f) => ({ apologyId: (await apologyIn(f, { bodies: ["first", "second"] })).id, number: 1, baseNumber: 2 }),
  },
  "apology.submit": { crossOrg: true, input: async (f) => ({ apologyId: (await apologyIn(f, { bodies: [SINCERE_APOLOGY] })).id, number: 1 }) },
  "apology.approve": {
    crossOrg: true,
    input: async (f) => ({ apologyId: (await apologyIn(f, { bodies: [SINCERE_APOLOGY], state: "IN_REVIEW" })).id, number: 1 }),
  },
  "apology.requestChanges": {
    crossOrg: true,
    input: async (f) => ({ apologyId: (await apologyIn(f, { bodies: [SINCERE_APOLOGY], state: "IN_REVIEW" })).id, number: 1, comment: "Name the bank fees." }),
  },
  "apology.publish": {
    crossOrg: true,
    input: async (f) => {
      const a = await apologyIn(f, { bodies: [SINCERE_APOLOGY], state: "APPROVED", approveCurrent: true });
      return { apologyId: a.id, expectedVersion: a.version };
    },
  },
};

function apologyIn(f: Fixture, opts: Parameters<typeof createApology>[2]) {
  return createApology({ id: f.campaign.id, organizationId: f.organizationId }, f.admin.userId, opts);
}

// Public mutations have no role; each names the guard its own tests prove.
const PUBLIC_GUARDS: Record<string, string> = {
  "setup.complete": "closed once any organization exists (members.test.ts)",
  "member.acceptInvitation": "single-use, expiring, revocable token (members.test.ts)",
};

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
