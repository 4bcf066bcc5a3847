import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { hashToken } from "@/lib/auth/tokens";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { authenticateApiRequest } from "@/lib/api/authenticate";
import { createMember, uid } from "@/tests/factories";

const request = (token: string) => new Request("http://localhost/api/v1/x", { headers: { authorization: `Bearer ${token}` } });

describe("API tokens", () => {
  it("shows the token once and stores only its hash and prefix, with one audit event", async () => {
    const admin = await createMember("ADMIN");
    const state = await executeAction(createApiToken, admin, { name: "Brandwatch", scopes: ["feedback:write", "feedback:read"] });
    expect(state.ok).toBe(true);
    const { token, prefix, tokenId } = state.data as { token: string; prefix: string; tokenId: string };
    expect(token).toMatch(new RegExp(`^ks_${prefix}_`));
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(row).toMatchObject({ tokenHash: hashToken(token), prefix, scopes: "feedback:write feedback:read", createdById: admin.userId });
    expect(JSON.stringify(row)).not.toContain(token.split("_").slice(2).join("_"));
    const audits = await db.auditEvent.findMany({ where: { organizationId: admin.organizationId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "apiToken.create", entityId: tokenId });
    expect(JSON.stringify(audits[0])).not.toContain(token);
    expect(await authenticateApiRequest(request(token))).toMatchObject({ tokenId, organizationId: admin.organizationId, scopes: ["feedback:write", "feedback:read"] });
  });

  it("takes scopes from checkboxes (one, several or none)", async () => {
    const admin = await createMember("ADMIN");
    const one = await executeAction(createApiToken, admin, { name: `One ${uid()}`, scopes: "feedback:read" });
    expect(one.ok).toBe(true);
    const none = await executeAction(createApiToken, admin, { name: `None ${uid()}` });
    expect(none).toMatchObject({ ok: false, status: 422 });
    expect(none.fieldErrors?.scopes?.[0]).toMatch(/at least one scope/);
    const unknown = await executeAction(createApiToken, admin, { name: `Bad ${uid()}`, scopes: ["admin:all"] });
    expect(unknown.ok).toBe(false);
  });

  it("refuses a second active token with the same name, but allows it once the first is revoked", async () => {
    const admin = await createMember("ADMIN");
    const first = await executeAction(createApiToken, admin, { name: "Zendesk", scopes: ["feedback:write"] });
    const clash = await executeAction(createApiToken, admin, { name: "Zendesk", scopes: ["feedback:write"] });
    expect(clash.fieldErrors?.name?.[0]).toMatch(/already has this name/);
    await executeAction(revokeApiToken, admin, { tokenId: (first.data as { tokenId: string }).tokenId });
    expect((await executeAction(createApiToken, admin, { name: "Zendesk", scopes: ["feedback:write"] })).ok).toBe(true);
  });

  it("revokes at once, only once, and lists revoked tokens after active ones", async () => {
    const admin = await createMember("ADMIN");
    const a = await executeAction(createApiToken, admin, { name: "Old", scopes: ["feedback:write"] });
    const b = await executeAction(createApiToken, admin, { name: "New", scopes: ["feedback:read"] });
    const { token, tokenId } = a.data as { token: string; tokenId: string };
    expect((await executeAction(revokeApiToken, admin, { tokenId })).ok).toBe(true);
    await expect(authenticateApiRequest(request(token))).rejects.toThrow(/not valid or was revoked/);
    expect(await executeAction(revokeApiToken, admin, { tokenId })).toMatchObject({ ok: false, status: 404 });
    const list = await listApiTokens(admin);
    expect(list.map((t) => [t.name, Boolean(t.revokedAt)])).toEqual([["New", false], ["Old", true]]);
    expect(list[0]).toMatchObject({ scopes: ["feedback:read"], createdBy: { name: admin.name }, lastUsedAt: null });
    expect(list[0].id).toBe((b.data as { tokenId: string }).tokenId);
    expect(JSON.stringify(list)).not.toMatch(/tokenHash/);
  });

  it("lists only the member's organization's tokens", async () => {
    const admin = await createMember("ADMIN");
    const stranger = await createMember("ADMIN");
    await executeAction(createApiToken, stranger, { name: "Theirs", scopes: ["feedback:write"] });
    expect(await listApiTokens(admin)).toEqual([]);
  });
});
