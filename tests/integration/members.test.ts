import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction, executePublicAction } from "@/lib/actions/define-action";
import { acceptInvitation, inviteMember, revokeInvitation } from "@/lib/members/invitations";
import { changeMemberRole, removeMember, signOutEverywhere, switchOrganization } from "@/lib/members/mutations";
import { completeSetup } from "@/lib/setup/first-run";
import { loadMember } from "@/lib/auth/member";
import { hashToken } from "@/lib/auth/tokens";
import { addMembership, createMember, createOrganization, TEST_PASSWORD, uid } from "@/tests/factories";

async function invite(admin: Awaited<ReturnType<typeof createMember>>, role = "COMMS", email = `${uid("new-")}@example.test`) {
  const state = await executeAction(inviteMember, admin, { email, role });
  expect(state.ok).toBe(true);
  return { email, token: (state.data as { token: string }).token };
}

describe("invitations", () => {
  it("stores only a hash of the token and accepting creates the account and membership once", async () => {
    const admin = await createMember("ADMIN");
    const { email, token } = await invite(admin, "MANAGER");
    const stored = await db.invitation.findFirstOrThrow({ where: { organizationId: admin.organizationId } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const accepted = await executePublicAction(acceptInvitation, { token, name: "New Person", password: "a long enough passphrase" });
    expect(accepted.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const member = await loadMember(user.id);
    expect(member).toMatchObject({ organizationId: admin.organizationId, role: "MANAGER" });

    const again = await executePublicAction(acceptInvitation, { token, name: "Someone Else", password: "another long passphrase" });
    expect(again.ok).toBe(false);
    expect(again.message).toMatch(/already been used/);
  });

  it("refuses an expired or revoked invitation and creates nobody", async () => {
    const admin = await createMember("ADMIN");
    const expired = await invite(admin);
    await db.invitation.updateMany({ where: { tokenHash: hashToken(expired.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const s1 = await executePublicAction(acceptInvitation, { token: expired.token, name: "X", password: "a long enough passphrase" });
    expect(s1.ok).toBe(false);
    expect(s1.message).toMatch(/expired/);

    const revoked = await invite(admin);
    const inv = await db.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(revoked.token) } });
    expect((await executeAction(revokeInvitation, admin, { invitationId: inv.id })).ok).toBe(true);
    const s2 = await executePublicAction(acceptInvitation, { token: revoked.token, name: "X", password: "a long enough passphrase" });
    expect(s2.message).toMatch(/revoked/);
    expect(await db.user.count({ where: { email: { in: [expired.email, revoked.email] } } })).toBe(0);
  });

  it("refuses a short or common password for a new account", async () => {
    const admin = await createMember("ADMIN");
    const { token } = await invite(admin);
    const short = await executePublicAction(acceptInvitation, { token, name: "X", password: "short" });
    expect(short.fieldErrors?.password?.[0]).toMatch(/12 characters/);
    const common = await executePublicAction(acceptInvitation, { token, name: "X", password: "password1234" });
    expect(common.fieldErrors?.password?.[0]).toMatch(/too common/);
    expect(await db.invitation.count({ where: { tokenHash: hashToken(token), acceptedAt: { not: null } } })).toBe(0);
  });

  it("adds an existing user to a second organization only with that user's password", async () => {
    const first = await createMember("COMMS");
    const admin = await createMember("ADMIN");
    const { token } = await invite(admin, "EXEC", first.email);
    const wrong = await executePublicAction(acceptInvitation, { token, password: "not the right password" });
    expect(wrong.status).toBe(401);
    const right = await executePublicAction(acceptInvitation, { token, password: TEST_PASSWORD });
    expect(right.ok).toBe(true);
    expect(await db.membership.count({ where: { userId: first.userId } })).toBe(2);
  });
});

describe("members", () => {
  it("changes a role with immediate effect and keeps at least one admin", async () => {
    const admin = await createMember("ADMIN");
    const other = await createMember("COMMS", { id: admin.organizationId });
    const membership = await db.membership.findFirstOrThrow({ where: { userId: other.userId } });
    expect((await executeAction(changeMemberRole, admin, { membershipId: membership.id, role: "EXEC" })).ok).toBe(true);
    expect((await loadMember(other.userId))?.role).toBe("EXEC");

    const own = await db.membership.findFirstOrThrow({ where: { userId: admin.userId } });
    const demote = await executeAction(changeMemberRole, admin, { membershipId: own.id, role: "COMMS" });
    expect(demote.ok).toBe(false);
    expect(demote.message).toMatch(/at least one admin/);
  });

  it("removing a member ends their sessions at once", async () => {
    const admin = await createMember("ADMIN");
    const other = await createMember("MANAGER", { id: admin.organizationId });
    const before = await db.user.findUniqueOrThrow({ where: { id: other.userId } });
    const membership = await db.membership.findFirstOrThrow({ where: { userId: other.userId } });
    expect((await executeAction(removeMember, admin, { membershipId: membership.id })).ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: other.userId } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await loadMember(other.userId)).toBeNull();
  });

  it("switches between the user's organizations only", async () => {
    const member = await createMember("COMMS");
    const second = await createOrganization();
    await addMembership(second.id, member.userId, "EXEC");
    expect((await executeAction(switchOrganization, member, { organizationId: second.id })).ok).toBe(true);
    expect(await loadMember(member.userId)).toMatchObject({ organizationId: second.id, role: "EXEC" });

    const foreign = await createOrganization();
    const refused = await executeAction(switchOrganization, member, { organizationId: foreign.id });
    expect(refused.status).toBe(404);
  });

  it("sign-out everywhere bumps the session version", async () => {
    const member = await createMember("EXEC");
    const before = await db.user.findUniqueOrThrow({ where: { id: member.userId } });
    expect((await executeAction(signOutEverywhere, member, {})).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.userId } })).sessionVersion).toBe(before.sessionVersion + 1);
  });
});

describe("first-run setup", () => {
  it("is closed once any organization exists, and creates nothing", async () => {
    await createOrganization();
    const email = `${uid()}@example.test`;
    const state = await executePublicAction(completeSetup, {
      organizationName: "Late Co",
      name: "Late",
      email,
      password: "a long enough passphrase",
    });
    expect(state.ok).toBe(false);
    expect(state.status).toBe(403);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a password under 12 characters or a common one, whatever else is true", async () => {
    const email = `${uid()}@example.test`;
    for (const [password, message] of [["eleven char", /at least 12/], ["password1234", /too common/], ["123456789012", /too common/], ["zzzzzzzzzzzzzzzz", /too common/]] as const) {
      const state = await executePublicAction(completeSetup, { organizationName: "Weak Co", name: "Weak", email, password });
      expect(state, password).toMatchObject({ ok: false, status: 422 });
      expect(state.fieldErrors?.password?.[0], password).toMatch(message);
      // The password is never echoed back to the form.
      expect(state.values?.password).toBeUndefined();
    }
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("audit log", () => {
  it("cannot be edited or deleted, even directly in the database", async () => {
    const admin = await createMember("ADMIN");
    await invite(admin);
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: admin.organizationId } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("member.invite");
  });
});
