// The access matrix of route handlers (app/**/route.ts and metadata routes such as the Open Graph
// image), one entry per file and method. tests/integration/access-matrix-routes.test.ts reads the
// files from disk: a route or method missing here fails the suite.
//
// - member: a signed-in member with the permission gets `ok`; other roles 403, signed out or a
//   revoked session 401, a member of another organization 404; refusals write nothing.
// - token: the REST API; an API token with the scope succeeds (one audit event when it writes),
//   a token without it 403, no or a revoked token 401, another organization's token 404.
// - public: no sign-in by design; `reason` says why that is safe and `check` proves the part of
//   it that could break (usually: nothing private in the answer).
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { Permission } from "@/lib/auth/permissions";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import { storage } from "@/lib/storage";
import { createCampaign, createMember, uid } from "@/tests/factories";
import { createFeedback } from "@/tests/factories/feedback";
import { createLeakyCampaign, LEAK } from "@/tests/support/leak-markers";
import type { Fixture } from "@/tests/support/access-cases/types";

export type Target = { url: string; params: Record<string, unknown>; init?: RequestInit };
export type Handler = (request: Request, ctx: { params: Promise<Record<string, unknown>> }) => Response | Promise<Response>;

export type MemberRoute = {
  kind: "member";
  permission: Permission;
  target: (f: Fixture) => Promise<Target>;
  ok: (res: Response, f: Fixture) => Promise<void>;
};
export type TokenRoute = {
  kind: "token";
  scope: ApiScope;
  okStatus: number;
  // Writes: exactly one audit event of this action per success.
  audit: string | null;
  target: (f: Fixture) => Target;
};
export type PublicRoute = {
  kind: "public";
  reason: string;
  // `call` runs the handler for a request (with the test's session plumbing); null only where
  // another suite drives the handler through its own stand-in (named in the reason).
  check: ((call: (t: Target) => Promise<Response>) => Promise<void>) | null;
};
export type RouteCase = MemberRoute | TokenRoute | PublicRoute;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const origin = "http://localhost";

async function fileEvidence(f: Fixture) {
  const fileKey = `evidence/${f.organizationId}/${randomUUID()}.png`;
  await storage.put(fileKey, PNG);
  const commitment = await db.commitment.create({
    data: { organizationId: f.organizationId, campaignId: f.campaign.id, title: `Promise ${uid()}`, dueDate: new Date(), trustElement: "MEANS" },
  });
  return db.evidence.create({
    data: {
      organizationId: f.organizationId, commitmentId: commitment.id, kind: "FILE", title: "Chart", fileName: "chart.png",
      fileKey, fileMime: "image/png", fileSize: PNG.byteLength, addedById: f.admin.userId,
    },
  });
}

// A finished import (nothing for the progress route to resume) with one rejected row that looks
// like a spreadsheet formula.
async function finishedImport(f: Fixture) {
  const job = await db.importJob.create({
    data: {
      organizationId: f.organizationId, campaignId: f.campaign.id, createdById: f.admin.userId, fileName: "zendesk export.csv",
      mapping: {}, status: "COMPLETED", totalRows: 2, processedRows: 2, createdCount: 1, rejectedCount: 1, finishedAt: new Date(), durationMs: 12,
    },
  });
  await db.importRejection.create({
    data: { organizationId: f.organizationId, importJobId: job.id, rowNumber: 2, reason: "The text is empty.", raw: '=HYPERLINK("http://evil.test","x"),,' },
  });
  return job;
}

const importTarget = async (f: Fixture, leaf: "progress" | "rejections"): Promise<Target> => {
  const job = await finishedImport(f);
  return { url: `${origin}/campaigns/${f.campaign.slug}/listen/import/${job.id}/${leaf}`, params: { slug: f.campaign.slug, jobId: job.id } };
};

const feedbackTarget = (method: "GET" | "POST") => (f: Fixture): Target => ({
  url: `${origin}/api/v1/campaigns/${f.campaign.slug}/feedback`,
  params: { slug: f.campaign.slug },
  init: method === "POST"
    ? { method, headers: { "content-type": "application/json" }, body: JSON.stringify({ text: `Charged twice, no answer for two days ${uid()}.` }) }
    : { method },
});

const get = (url: string, params: Record<string, unknown>): Target => ({ url: `${origin}${url}`, params });

async function apiNotFoundEverywhere(call: (t: Target) => Promise<Response>, method: string) {
  const res = await call({ url: `${origin}/api/v1/campaigns`, params: { path: ["campaigns"] }, init: { method } });
  expect(res.status).toBe(404);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
}

// The public answers of a campaign: the leaky campaign's private markers never appear; a campaign
// without a public page is not found, and its title is not in the answer either.
async function publicCampaignAnswers(call: (t: Target) => Promise<Response>, path: (org: string, campaign: string) => string, publicText: string | RegExp) {
  const { org, campaign } = await createLeakyCampaign();
  const res = await call(get(path(org.slug, campaign.slug), { org: org.slug, campaign: campaign.slug }));
  expect(res.status).toBe(200);
  const body = await res.text();
  expect(body).toMatch(publicText);
  expect(body).not.toContain(LEAK);

  const member = await createMember("COMMS");
  const hidden = await createCampaign(member, { title: `Hidden ${uid()}`, publicPage: false });
  const refused = await call(get(path(member.organizationSlug, hidden.slug), { org: member.organizationSlug, campaign: hidden.slug }));
  expect(refused.status).toBe(404);
  expect(await refused.text()).not.toContain(hidden.title);
}

// A plain form of the public page (route handlers under /p/<org>/<campaign>/): a post from another
// site is refused and writes nothing; a post for a campaign whose page is off is told so and writes
// nothing; a post from the page itself is answered with its outcome page (303, relative).
async function publicFormAnswers(
  call: (t: Target) => Promise<Response>,
  form: "feedback" | "follow",
  fields: Record<string, string>,
  okOutcome: string | RegExp,
  offOutcome: string,
  count: () => Promise<number>,
) {
  const post = (org: string, campaign: string, originHeader: string) => ({
    url: `${origin}/p/${org}/${campaign}/${form}`,
    params: { org, campaign },
    init: { method: "POST", body: new URLSearchParams(fields), headers: { origin: originHeader, host: "localhost" } },
  });
  const { org, campaign } = await createLeakyCampaign();
  const before = await count();
  const forged = await call(post(org.slug, campaign.slug, "https://elsewhere.test"));
  expect(forged.status).toBe(403);
  expect(await count()).toBe(before);

  const member = await createMember("COMMS");
  const hidden = await createCampaign(member, { title: `Hidden ${uid()}`, publicPage: false });
  const off = await call(post(member.organizationSlug, hidden.slug, origin));
  expect(off.status).toBe(303);
  expect(off.headers.get("location")).toBe(`/p/${member.organizationSlug}/${hidden.slug}/${form}/${offOutcome}`);
  expect(await count()).toBe(before);

  const sent = await call(post(org.slug, campaign.slug, origin));
  expect(sent.status).toBe(303);
  const location = sent.headers.get("location") ?? "";
  expect(location.startsWith(`/p/${org.slug}/${campaign.slug}/${form}/`)).toBe(true);
  expect(location.split("/").at(-1)).toMatch(okOutcome);
}

const methodNotAllowed: PublicRoute = {
  kind: "public",
  reason: "answers 405 with Allow to everyone, before any token is read; touches nothing",
  check: async (call) => {
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      const res = await call({ url: `${origin}/api/v1/campaigns/x/feedback`, params: { slug: "x" }, init: { method } });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, POST");
    }
  },
};

const v1NotFound = (method: string): PublicRoute => ({
  kind: "public",
  reason: "unknown API paths: a problem+json 404 for everyone; reads nothing",
  check: (call) => apiNotFoundEverywhere(call, method),
});

export const ROUTE_CASES: Record<string, Record<string, RouteCase>> = {
  "app/api/auth/[...nextauth]/route.ts": {
    GET: { kind: "public", reason: "next-auth's own endpoints (csrf, session, providers): they answer only about the caller's own cookie. Driven with next-auth stood in by rate-limit.test.ts", check: null },
    POST: { kind: "public", reason: "sign-in and sign-out: credentials are checked by next-auth; each sign-in attempt is counted per account and per address first (rate-limit.test.ts, auth.spec.ts)", check: null },
  },
  "app/api/health/route.ts": {
    GET: {
      kind: "public",
      reason: "for load balancers: says only whether the database answers",
      check: async (call) => {
        const res = await call(get("/api/health", {}));
        expect(res.status).toBe(200);
        expect(Object.keys(await res.json()).sort()).toEqual(["database", "ok"]);
      },
    },
  },
  "app/api/evidence/[id]/route.ts": {
    GET: {
      kind: "member",
      permission: "campaign.read",
      target: async (f) => {
        const e = await fileEvidence(f);
        return get(`/api/evidence/${e.id}`, { id: e.id });
      },
      ok: async (res) => {
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toBe("image/png");
        expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
      },
    },
  },
  "app/(app)/campaigns/[slug]/listen/import/[jobId]/progress/route.ts": {
    GET: {
      kind: "member",
      permission: "feedback.read",
      target: (f) => importTarget(f, "progress"),
      ok: async (res) => {
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ status: "COMPLETED", phase: "done", createdCount: 1, rejectedCount: 1 });
      },
    },
  },
  "app/(app)/campaigns/[slug]/listen/import/[jobId]/rejections/route.ts": {
    GET: {
      kind: "member",
      permission: "feedback.read",
      target: (f) => importTarget(f, "rejections"),
      ok: async (res) => {
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
        const csv = await res.text();
        expect(csv).toContain("The text is empty.");
        // The formula stays text in a spreadsheet.
        expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"",""x""),,"`);
      },
    },
  },
  "app/(app)/campaigns/[slug]/dashboard/report.pdf/route.ts": {
    GET: {
      kind: "member",
      permission: "dashboard.read",
      target: async (f) => get(`/campaigns/${f.campaign.slug}/dashboard/report.pdf`, { slug: f.campaign.slug }),
      ok: async (res) => {
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toBe("application/pdf");
        expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
      },
    },
  },
  "app/api/v1/campaigns/[slug]/feedback/route.ts": {
    POST: { kind: "token", scope: "feedback:write", okStatus: 201, audit: "feedback.apiIngest", target: feedbackTarget("POST") },
    GET: { kind: "token", scope: "feedback:read", okStatus: 200, audit: null, target: feedbackTarget("GET") },
    PUT: methodNotAllowed,
    PATCH: methodNotAllowed,
    DELETE: methodNotAllowed,
  },
  "app/api/v1/[...path]/route.ts": {
    GET: v1NotFound("GET"),
    POST: v1NotFound("POST"),
    PUT: v1NotFound("PUT"),
    PATCH: v1NotFound("PATCH"),
    DELETE: v1NotFound("DELETE"),
  },
  "app/api/v1/openapi.json/route.ts": {
    GET: {
      kind: "public",
      reason: "the API's description, the same for everyone",
      check: async (call) => {
        const res = await call(get("/api/v1/openapi.json", {}));
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ openapi: expect.stringMatching(/^3\./) });
      },
    },
  },
  "app/api/v1/problems/[slug]/route.ts": {
    GET: {
      kind: "public",
      reason: "documentation of the API's error types",
      check: async (call) => {
        expect((await call(get("/api/v1/problems/forbidden", { slug: "forbidden" }))).status).toBe(200);
        expect((await call(get("/api/v1/problems/nope", { slug: "nope" }))).status).toBe(404);
      },
    },
  },
  "app/p/[org]/[campaign]/route.ts": {
    GET: {
      kind: "public",
      reason: "the public page itself: the static render of /p/<org>/<campaign>/render without its scripts, fetched from this server over loopback, so only a running server can answer it — tests/e2e/public-page.spec.ts checks its HTML (and the render's RSC payload) for every private marker, and that a page that is off answers 404",
      check: null,
    },
  },
  "app/p/[org]/[campaign]/feedback/route.ts": {
    POST: {
      kind: "public",
      reason: "the public page's feedback form: only into a campaign whose page is on, per-address limit and honeypot first (public-feedback.test.ts); another site's post is refused before anything is read",
      check: (call) => publicFormAnswers(call, "feedback", { text: "A message from the public page." }, "sent", "unavailable", () => db.feedbackItem.count()),
    },
  },
  "app/p/[org]/[campaign]/follow/route.ts": {
    POST: {
      kind: "public",
      reason: "the public page's follow form: double opt-in, per-address and per-email limits (following.test.ts); another site's post is refused before anything is read",
      check: (call) => publicFormAnswers(call, "follow", { email: `reader-${uid()}@example.test` }, /^(check-inbox|unavailable)$/, "unavailable", () => db.subscriber.count()),
    },
  },
  "app/p/[org]/[campaign]/feed.xml/route.ts": {
    GET: {
      kind: "public",
      reason: "the Atom feed of a public page: only campaigns whose page is on, only published events",
      check: (call) => publicCampaignAnswers(call, (o, c) => `/p/${o}/${c}/feed.xml`, "PUBLIC-OK Statement published"),
    },
  },
  "app/embed/[org]/[campaign]/stories/route.ts": {
    GET: {
      kind: "public",
      reason: "the embeddable story wall: published stories with granted consent of a public campaign only",
      check: (call) => publicCampaignAnswers(call, (o, c) => `/embed/${o}/${c}/stories`, "PUBLIC-OK story"),
    },
  },
  "app/p/[org]/[campaign]/opengraph-image.tsx": {
    GET: {
      kind: "public",
      reason: "the share card of a public page: a public campaign's title and promises kept; a generic card otherwise",
      // The test file renders ImageResponse's element tree to text (next/og stood in).
      check: async (call) => {
        const { org, campaign } = await createLeakyCampaign();
        const card = await (await call(get(`/p/${org.slug}/${campaign.slug}/opengraph-image`, { org: org.slug, campaign: campaign.slug }))).text();
        expect(card).toContain(campaign.title);
        expect(card).toContain("0 of 1 promises kept");
        expect(card).not.toContain(LEAK);

        const member = await createMember("COMMS");
        const hidden = await createCampaign(member, { title: `Hidden ${uid()}`, publicPage: false });
        const generic = await (await call(get(`/p/${member.organizationSlug}/${hidden.slug}/opengraph-image`, { org: member.organizationSlug, campaign: hidden.slug }))).text();
        expect(generic).toContain("Transparency page");
        expect(generic).not.toContain(hidden.title);
        expect(generic).not.toContain(member.organizationName);
      },
    },
  },
  "app/follow/unsubscribe/[token]/route.ts": {
    GET: {
      kind: "public",
      reason: "the stop-following link of one message: its token (stored hashed) is the only scope, and it can only stop that follower (tests/integration/following.test.ts)",
      check: async (call) => {
        const before = await db.subscriber.count();
        const token = "x".repeat(43);
        const res = await call({ url: `${origin}/follow/unsubscribe/${token}`, params: { token } });
        expect(res.status).toBe(303);
        expect(res.headers.get("location")).toMatch(/\/follow\/invalid-link/);
        expect(await db.subscriber.count()).toBe(before);
      },
    },
    HEAD: {
      kind: "public",
      reason: "link checkers and previews: answers 200 and unsubscribes no one",
      check: async (call) => {
        const token = "x".repeat(43);
        expect((await call({ url: `${origin}/follow/unsubscribe/${token}`, params: { token }, init: { method: "HEAD" } })).status).toBe(200);
      },
    },
    POST: {
      kind: "public",
      reason: "RFC 8058 one-click unsubscribe from the mail client, with the same token as the link",
      check: async (call) => {
        const token = "x".repeat(43);
        const res = await call({ url: `${origin}/follow/unsubscribe/${token}`, params: { token }, init: { method: "POST", body: "List-Unsubscribe=One-Click" } });
        expect(res.status).toBe(404);
        expect(await res.text()).not.toContain("@");
      },
    },
  },
};

// Feedback in the fixture's campaign, so the API's GET has something to list.
export async function seedFeedback(f: Fixture) {
  await createFeedback({ id: f.campaign.id, organizationId: f.organizationId }, [{ text: "Charged twice for March and nobody answered." }]);
}
