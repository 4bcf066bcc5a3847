import { describe, expect, it, vi } from "vitest";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { addEvidence } from "@/lib/evidence/mutations";
import { evidenceFileResponse } from "@/lib/evidence/download";
import { GET } from "@/app/api/evidence/[id]/route";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/file-type";
import { storage } from "@/lib/storage";
import { createCampaign, createMember } from "@/tests/factories";
import { createCommitment } from "@/tests/factories/commitments";
import { snapshotOrganization } from "@/tests/support/snapshot";

// The route reads the session from the request's cookie (lib/auth/session); here the session is
// whoever the test says is signed in.
const session = vi.hoisted(() => ({ member: null as Member | null }));
vi.mock("@/lib/auth/session", () => ({ currentMember: async () => session.member }));

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n", "latin1");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);

const file = (bytes: Uint8Array, name: string, type = "application/octet-stream") => new File([new Uint8Array(bytes)], name, { type });

async function setup() {
  const manager = await createMember("MANAGER");
  const campaign = await createCampaign(manager);
  const commitment = await createCommitment(campaign, { ownerId: manager.userId });
  return { manager, campaign, commitment };
}

describe("evidence files", () => {
  it("stores an accepted file under a random key with the type read from its bytes", async () => {
    const { manager, commitment } = await setup();
    const state = await executeAction(addEvidence, manager, { commitmentId: commitment.id, kind: "FILE", file: file(PDF, "Refund report (March).pdf", "image/png") });
    expect(state.ok, state.message).toBe(true);
    const e = await db.evidence.findFirstOrThrow({ where: { commitmentId: commitment.id } });
    expect(e).toMatchObject({ kind: "FILE", title: "Refund report (March).pdf", fileName: "Refund report (March).pdf", fileMime: "application/pdf", fileSize: PDF.byteLength, addedById: manager.userId });
    expect(e.fileKey).toMatch(new RegExp(`^evidence/${manager.organizationId}/[0-9a-f-]{36}\\.pdf$`));
    expect(e.fileKey).not.toContain("Refund");
  });

  it("refuses a wrong type, an oversized file and a file disguised by its name, writing nothing", async () => {
    const { manager, commitment } = await setup();
    const before = await snapshotOrganization(manager.organizationId);
    const cases: [File, RegExp][] = [
      [file(Buffer.from("<html><script>alert(1)</script></html>"), "page.html", "text/html"), /PDF, PNG, JPG, WebP, CSV or TXT/],
      [file(Buffer.from("<svg onload=alert(1)/>"), "logo.svg", "image/svg+xml"), /PDF, PNG, JPG, WebP, CSV or TXT/],
      [file(Buffer.concat([PDF, Buffer.alloc(MAX_EVIDENCE_BYTES)]), "huge.pdf", "application/pdf"), /larger than 10 MB/],
      [file(EXE, "invoice.pdf", "application/pdf"), /named \.pdf but its contents are a binary file/],
      [file(PDF, "chart.png", "image/png"), /named \.png but its contents are a PDF/],
      [file(PNG, "notes.txt", "text/plain"), /named \.txt but its contents are a PNG image/],
      [file(new Uint8Array(), "empty.pdf"), /Choose a file/],
    ];
    for (const [f, message] of cases) {
      const state = await executeAction(addEvidence, manager, { commitmentId: commitment.id, kind: "FILE", file: f });
      expect(state, f.name).toMatchObject({ ok: false, status: 422 });
      expect(state.fieldErrors?.file?.[0], f.name).toMatch(message);
    }
    expect(await snapshotOrganization(manager.organizationId)).toBe(before);
  });

  it("is served only to members of its organization, as a download with its checked type", async () => {
    const { manager, commitment } = await setup();
    await executeAction(addEvidence, manager, { commitmentId: commitment.id, kind: "FILE", file: file(PNG, "chart “final”.png") });
    const e = await db.evidence.findFirstOrThrow({ where: { commitmentId: commitment.id } });

    const exec = await createMember("EXEC", { id: manager.organizationId });
    const res = await evidenceFileResponse(exec, e.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="chart _final_.png"; filename\*=UTF-8''chart%20%E2%80%9Cfinal%E2%80%9D.png$/);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);

    // Another organization's admin: exactly like an id that does not exist.
    const stranger = await createMember("ADMIN");
    const cross = await evidenceFileResponse(stranger, e.id);
    const missing = await evidenceFileResponse(stranger, "does-not-exist");
    expect(cross.status).toBe(404);
    expect(await cross.text()).toBe(await missing.text());
    expect((await evidenceFileResponse(null, e.id)).status).toBe(401);
  });

  it("is what the route's GET serves, for the signed-in member only", async () => {
    const { manager, commitment } = await setup();
    await executeAction(addEvidence, manager, { commitmentId: commitment.id, kind: "FILE", file: file(PDF, "r.pdf") });
    const e = await db.evidence.findFirstOrThrow({ where: { commitmentId: commitment.id } });
    const get = () => GET(new Request(`http://localhost/api/evidence/${e.id}`), { params: Promise.resolve({ id: e.id }) });
    session.member = manager;
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    session.member = await createMember("MANAGER");
    expect((await get()).status).toBe(404);
    session.member = null;
    expect((await get()).status).toBe(401);
  });

  it("says so when the stored file is gone", async () => {
    const { manager, commitment } = await setup();
    await executeAction(addEvidence, manager, { commitmentId: commitment.id, kind: "FILE", file: file(PDF, "r.pdf") });
    const e = await db.evidence.findFirstOrThrow({ where: { commitmentId: commitment.id } });
    await storage.remove(e.fileKey!);
    expect((await evidenceFileResponse(manager, e.id)).status).toBe(404);
  });
});
