// The access matrix of route handlers, the companion of access-matrix.test.ts (server actions).
// Every route file under app/ (route.ts and metadata routes such as opengraph-image) and every
// HTTP method it exports must have a case in tests/support/access-cases/routes.ts. Handlers are
// called directly with real Requests; members are signed in with a real session cookie that
// next-auth decodes (tests/support/route-session.ts), so the sessionVersion check runs too.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { signOutEverywhere } from "@/lib/members/mutations";
import { can, ROLES } from "@/lib/auth/permissions";
import type { Member } from "@/lib/auth/member";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import { createCampaign, createMember, createOrganization, uid } from "@/tests/factories";
import { snapshotOrganization } from "@/tests/support/snapshot";
import { callRoute, sessionCookie } from "@/tests/support/route-session";
import { ROUTE_CASES, seedFeedback, type Handler, type MemberRoute, type Target, type TokenRoute } from "@/tests/support/access-cases/routes";
import type { Fixture } from "@/tests/support/access-cases/types";

vi.mock("next-auth", async (importOriginal) => {
  const actual = await importOriginal<typeof import("next-auth")>();
  const { sessionFromCurrentRequest } = await import("@/tests/support/route-session");
  return { ...actual, getServerSession: sessionFromCurrentRequest(actual.getServerSession as never) };
});

// Outside Next there is no request scope for connection() and no incremental cache: the first
// does nothing here, and unstable_cache reads straight through.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  unstable_cache: <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => fn,
}));

// The share card's text instead of its pixels: what the image would show, as a string.
vi.mock("next/og", () => {
  const textOf = (node: unknown): string => {
    if (node === null || node === undefined || typeof node === "boolean") return "";
    if (typeof node === "string" || typeof node === "number") return String(node);
    if (Array.isArray(node)) return node.map(textOf).join(" ");
    return textOf((node as { props?: { children?: unknown } }).props?.children);
  };
  return {
    ImageResponse: class extends Response {
      constructor(element: unknown) {
        super(textOf(element), { headers: { "content-type": "image/png" } });
      }
    },
  };
});

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const ROUTE_FILE = /^route\.[jt]sx?$/;
const METADATA_FILE = /^(opengraph-image|twitter-image|icon|apple-icon|sitemap|robots|manifest)\d*\.[jt]sx?$/;

function routeFiles(dir = "app"): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) return routeFiles(p);
    return ROUTE_FILE.test(entry) || METADATA_FILE.test(entry) ? [p.split(path.sep).join("/")] : [];
  });
}

// A metadata route's default export takes only { params }; seen from outside it answers GET.
async function handlers(file: string): Promise<Record<string, Handler>> {
  const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
  if (METADATA_FILE.test(path.basename(file))) {
    const render = mod.default as (ctx: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
    return { GET: (_request, ctx) => render(ctx) };
  }
  return Object.fromEntries(METHODS.filter((m) => typeof mod[m] === "function").map((m) => [m, mod[m] as Handler]));
}

function call(handler: Handler, t: Target, headers: Record<string, string> = {}) {
  const init = { ...t.init, headers: { ...(t.init?.headers as Record<string, string> | undefined), ...headers } };
  return callRoute(handler, new Request(t.url, init), t.params);
}

async function fixture(): Promise<Fixture> {
  const org = await createOrganization();
  const admin = await createMember("ADMIN", org);
  const campaign = await createCampaign(admin);
  return { organizationId: org.id, admin, campaign };
}

const OTHER_SECRET = "not-the-app-secret-but-long-enough-0123456789";

describe("route access matrix", () => {
  it("covers every route file and every method it answers", async () => {
    const found: Record<string, string[]> = {};
    for (const file of routeFiles()) found[file] = Object.keys(await handlers(file)).sort();
    const declared = Object.fromEntries(Object.entries(ROUTE_CASES).map(([file, methods]) => [file, Object.keys(methods).sort()]));
    expect(declared).toEqual(found);
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(13);
  });

  for (const [file, methods] of Object.entries(ROUTE_CASES)) {
    for (const [method, c] of Object.entries(methods)) {
      const name = `${method} ${file.replace(/^app\//, "/")}`;
      if (c.kind === "member") describeMemberRoute(name, file, method, c);
      else if (c.kind === "token") describeTokenRoute(name, file, method, c);
      else if (c.check) {
        const check = c.check;
        it(`${name} is public: ${c.reason}`, async () => {
          const handler = (await handlers(file))[method];
          await check((t) => call(handler, t));
        });
      } else {
        it(`${name} is public: ${c.reason}`, async () => {
          expect(typeof (await handlers(file))[method]).toBe("function");
        });
      }
    }
  }
});

function describeMemberRoute(name: string, file: string, method: string, c: MemberRoute) {
  describe(name, () => {
    const run = async (f: Fixture, t: Target, cookie: string | null) => {
      const handler = (await handlers(file))[method];
      return call(handler, t, cookie ? { cookie } : {});
    };

    for (const role of ROLES) {
      const allowed = can(role, c.permission);
      it(`${role} is ${allowed ? "served, nothing written" : "refused (403), nothing written"}`, async () => {
        const f = await fixture();
        const actor = await createMember(role, { id: f.organizationId });
        const t = await c.target(f);
        const cookie = await sessionCookie(actor.userId);
        const before = await snapshotOrganization(f.organizationId);
        const res = await run(f, t, cookie);
        if (allowed) await c.ok(res, f);
        else expect(res.status).toBe(403);
        expect(await snapshotOrganization(f.organizationId)).toBe(before);
      });
    }

    const refusals: [string, number, (f: Fixture) => Promise<string | null>][] = [
      ["signed out", 401, async () => null],
      ["a session ended by sign-out everywhere", 401, async (f) => {
        const cookie = await sessionCookie(f.admin.userId);
        expect((await executeAction(signOutEverywhere, f.admin, {})).ok).toBe(true);
        return cookie;
      }],
      ["a cookie signed with another secret", 401, async (f) => sessionCookie(f.admin.userId, { secret: OTHER_SECRET })],
      ["an admin of another organization (not found)", 404, async () => sessionCookie((await createMember("ADMIN")).userId)],
    ];
    for (const [who, status, cookieFor] of refusals) {
      it(`refuses ${who} with ${status}, nothing written`, async () => {
        // next-auth reports an undecryptable cookie on the console; expected here.
        const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
        const f = await fixture();
        const t = await c.target(f);
        const cookie = await cookieFor(f);
        const before = await snapshotOrganization(f.organizationId);
        const res = await run(f, t, cookie);
        expect(res.status).toBe(status);
        expect(res.headers.get("content-type")).not.toMatch(/pdf|csv|image/);
        expect(await snapshotOrganization(f.organizationId)).toBe(before);
        consoleError.mockRestore();
      });
    }
  });
}

async function apiToken(admin: Member, scopes: ApiScope[]): Promise<{ token: string; tokenId: string }> {
  const state = await executeAction(createApiToken, admin, { name: `Listener ${uid()}`, scopes });
  expect(state.ok, state.message).toBe(true);
  return state.data as { token: string; tokenId: string };
}

function describeTokenRoute(name: string, file: string, method: string, c: TokenRoute) {
  describe(name, () => {
    const run = async (t: Target, token: string | null) => {
      const handler = (await handlers(file))[method];
      return call(handler, t, token ? { authorization: `Bearer ${token}` } : {});
    };
    const audits = (f: Fixture) => db.auditEvent.count({ where: { organizationId: f.organizationId } });

    it(`a token with ${c.scope} succeeds${c.audit ? " with exactly one audit event" : ", nothing written"}`, async () => {
      const f = await fixture();
      await seedFeedback(f);
      const { token } = await apiToken(f.admin, [c.scope]);
      const t = c.target(f);
      if (c.audit) {
        const before = await audits(f);
        const res = await run(t, token);
        expect(res.status, await res.clone().text()).toBe(c.okStatus);
        expect(await audits(f)).toBe(before + 1);
        const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: f.organizationId }, orderBy: { createdAt: "desc" } });
        expect(event).toMatchObject({ action: c.audit, actorId: null, actorLabel: expect.stringMatching(/^api-token:/) });
      } else {
        await run(t, token); // marks the token as used (written at most once a minute)
        const before = await snapshotOrganization(f.organizationId);
        const res = await run(t, token);
        expect(res.status).toBe(c.okStatus);
        expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(1);
        expect(await snapshotOrganization(f.organizationId)).toBe(before);
      }
    });

    it(`a token without ${c.scope} is refused (403), nothing written`, async () => {
      const f = await fixture();
      const other: ApiScope = c.scope === "feedback:read" ? "feedback:write" : "feedback:read";
      const { token } = await apiToken(f.admin, [other]);
      const t = c.target(f);
      expect((await run(t, token)).status).toBe(403); // the first use marks the token as used
      const before = await snapshotOrganization(f.organizationId);
      expect((await run(t, token)).status).toBe(403);
      expect(await snapshotOrganization(f.organizationId)).toBe(before);
    });

    it("refuses no token and a revoked token (401), nothing written", async () => {
      const f = await fixture();
      const { token, tokenId } = await apiToken(f.admin, ["feedback:read", "feedback:write"]);
      expect((await executeAction(revokeApiToken, f.admin, { tokenId })).ok).toBe(true);
      const t = c.target(f);
      const before = await snapshotOrganization(f.organizationId);
      expect((await run(t, null)).status).toBe(401);
      expect((await run(c.target(f), token)).status).toBe(401);
      expect((await run(c.target(f), "ks_not_a_real_token")).status).toBe(401);
      expect(await snapshotOrganization(f.organizationId)).toBe(before);
    });

    it("answers not-found to another organization's token, nothing written", async () => {
      const f = await fixture();
      const stranger = await createMember("ADMIN");
      const { token } = await apiToken(stranger, ["feedback:read", "feedback:write"]);
      const before = await snapshotOrganization(f.organizationId);
      const res = await run(c.target(f), token);
      expect(res.status).toBe(404);
      expect(await snapshotOrganization(f.organizationId)).toBe(before);
      expect(await db.feedbackItem.count({ where: { organizationId: stranger.organizationId } })).toBe(0);
    });
  });
}
