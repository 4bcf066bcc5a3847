// Access-matrix cases for the foundation and the apology step: for each action, how to build a
// valid input against a fixture organization.
import { db } from "@/lib/db";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { createMember, uid } from "@/tests/factories";
import { createApology, SINCERE_APOLOGY } from "@/tests/factories/apology";
import type { Role } from "@/lib/auth/permissions";
import type { Case, Fixture } from "@/tests/support/access-cases/types";


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

export const CORE_CASES: Record<string, Case> = {
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

