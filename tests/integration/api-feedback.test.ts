// The REST API end to end, through the route handlers with real Requests.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/actions/define-action";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { API_RATE_LIMIT, apiRateLimitKey } from "@/lib/api/execute-api-action";
import { windowStartFor } from "@/lib/rate-limit/window";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import type { Member } from "@/lib/auth/member";
import { DELETE, GET, POST } from "@/app/api/v1/campaigns/[slug]/feedback/route";
import { GET as unknownPath } from "@/app/api/v1/[...path]/route";
import { GET as problemType } from "@/app/api/v1/problems/[slug]/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { createCampaign, createMember, uid } from "@/tests/factories";

type Setup = { admin: Member; campaign: { id: string; slug: string }; token: string; tokenId: string };

async function setup(scopes: ApiScope[] = ["feedback:write", "feedback:read"]): Promise<Setup> {
  const admin = await createMember("ADMIN");
  const campaign = await createCampaign(admin);
  const state = await executeAction(createApiToken, admin, { name: `Listener ${uid()}`, scopes });
  expect(state.ok, state.message).toBe(true);
  const { token, tokenId } = state.data as { token: string; tokenId: string };
  return { admin, campaign, token, tokenId };
}

function call(method: "GET" | "POST", slug: string, opts: { token?: string | null; body?: unknown; raw?: string; query?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const url = `http://localhost/api/v1/campaigns/${slug}/feedback${opts.query ? `?${opts.query}` : ""}`;
  const body = method === "POST" ? (opts.raw ?? JSON.stringify(opts.body ?? {})) : undefined;
  const request = new Request(url, { method, headers, body });
  const ctx = { params: Promise.resolve({ slug }) };
  return method === "POST" ? POST(request, ctx) : GET(request, ctx);
}

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = (await res.json()) as { type: string; title: string; status: number; detail: string; errors?: { pointer?: string; parameter?: string; detail: string }[] };
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^\/api\/v1\/problems\//), title: expect.any(String) });
  return body;
}

const counts = async (s: Setup) => ({
  items: await db.feedbackItem.count({ where: { campaignId: s.campaign.id } }),
  audits: await db.auditEvent.count({ where: { organizationId: s.admin.organizationId, action: "feedback.apiIngest" } }),
});

describe("POST /api/v1/campaigns/{slug}/feedback", () => {
  it("stores one item with 201, channel API by default, and writes exactly one audit event for the token", async () => {
    const s = await setup();
    const res = await call("POST", s.campaign.slug, { token: s.token, body: { text: "You charged me twice and support never answered.", externalId: "zd-1", author: "Pat" } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ created: 1, duplicates: 0 });
    expect(res.headers.get("ratelimit-limit")).toBe(String(API_RATE_LIMIT.limit));
    const item = await db.feedbackItem.findFirstOrThrow({ where: { campaignId: s.campaign.id } });
    expect(item).toMatchObject({ channel: "API", externalId: "zd-1", authorName: "Pat", organizationId: s.admin.organizationId, sentimentLabel: "NEGATIVE" });
    const audits = await db.auditEvent.findMany({ where: { organizationId: s.admin.organizationId, action: "feedback.apiIngest" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, actorLabel: expect.stringMatching(/^api-token:Listener /), entityType: "Campaign", entityId: s.campaign.id });
  });

  it("is idempotent by external id: a replayed batch answers 200 with duplicates and stores nothing new", async () => {
    const s = await setup();
    const items = [
      { text: "The outage cost us a day of sales.", channel: "trustpilot", externalId: "tp-1", receivedAt: "2026-03-03T10:00:00Z", url: "https://www.trustpilot.com/reviews/1" },
      { text: "Thanks for the quick refund, appreciated.", channel: "SOCIAL", externalId: "tw-1", receivedAt: "2026-03-03T11:00:00+02:00" },
      { text: "Same post, sent twice in one batch.", externalId: "tw-1" },
    ];
    const first = await call("POST", s.campaign.slug, { token: s.token, body: { items } });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ created: 2, duplicates: 1 });
    const again = await call("POST", s.campaign.slug, { token: s.token, body: { items } });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ created: 0, duplicates: 3 });
    expect(await counts(s)).toEqual({ items: 2, audits: 2 });
    const tp = await db.feedbackItem.findFirstOrThrow({ where: { campaignId: s.campaign.id, externalId: "tp-1" } });
    expect(tp).toMatchObject({ channel: "REVIEW", url: "https://www.trustpilot.com/reviews/1" });
    expect(tp.receivedAt.toISOString()).toBe("2026-03-03T10:00:00.000Z");
  });

  it("refuses a batch of 1,001 with 422 and writes nothing", async () => {
    const s = await setup();
    const items = Array.from({ length: 1001 }, (_, i) => ({ text: `Complaint number ${i}`, externalId: `b-${i}` }));
    const body = await problem(await call("POST", s.campaign.slug, { token: s.token, body: { items } }), 422);
    expect(body.errors).toEqual([{ pointer: "/items", detail: expect.stringMatching(/at most 1,000/) }]);
    expect(await counts(s)).toEqual({ items: 0, audits: 0 });
  });

  it("stores a batch all or nothing: one invalid item refuses the whole batch with pointers", async () => {
    const s = await setup();
    const items = [{ text: "Fine item" }, { text: "" }, { text: "Bad link", url: "ftp://example.com" }];
    const body = await problem(await call("POST", s.campaign.slug, { token: s.token, body: { items } }), 422);
    expect(body.errors?.map((e) => e.pointer).sort()).toEqual(["/items/1/text", "/items/2/url"]);
    expect(await counts(s)).toEqual({ items: 0, audits: 0 });
  });

  it("stores a batch of 1,000 in one request", async () => {
    const s = await setup(["feedback:write"]);
    const items = Array.from({ length: 1000 }, (_, i) => ({ text: `Batch complaint ${i}: the app lost my order`, externalId: `k-${i}` }));
    const res = await call("POST", s.campaign.slug, { token: s.token, body: { items } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ created: 1000, duplicates: 0 });
    expect(await counts(s)).toEqual({ items: 1000, audits: 1 });
  });

  it("refuses a read-only token with 403 and writes nothing", async () => {
    const s = await setup(["feedback:read"]);
    const body = await problem(await call("POST", s.campaign.slug, { token: s.token, body: { text: "Hello there" } }), 403);
    expect(body.detail).toMatch(/feedback:write/);
    expect(await counts(s)).toEqual({ items: 0, audits: 0 });
  });

  it("refuses a revoked, unknown, malformed or missing token with 401", async () => {
    const s = await setup();
    expect((await executeAction(revokeApiToken, s.admin, { tokenId: s.tokenId })).ok).toBe(true);
    const revoked = await call("POST", s.campaign.slug, { token: s.token, body: { text: "After revocation" } });
    await problem(revoked, 401);
    expect(revoked.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const forged = `${s.token.slice(0, -4)}AAAA`;
    await problem(await call("POST", s.campaign.slug, { token: forged, body: { text: "Forged" } }), 401);
    await problem(await call("POST", s.campaign.slug, { token: "not-a-token", body: { text: "Junk" } }), 401);
    await problem(await call("GET", s.campaign.slug, { token: null }), 401);
    expect(await counts(s)).toEqual({ items: 0, audits: 0 });
  });

  it("answers 404 for another organization's campaign, and writes nothing there", async () => {
    const s = await setup();
    const stranger = await createMember("ADMIN");
    const theirs = await createCampaign(stranger);
    await problem(await call("POST", theirs.slug, { token: s.token, body: { text: "Crossing tenants" } }), 404);
    await problem(await call("GET", theirs.slug, { token: s.token }), 404);
    await problem(await call("POST", "no-such-campaign", { token: s.token, body: { text: "Nowhere" } }), 404);
    await problem(await call("POST", "../../etc", { token: s.token, body: { text: "Nowhere" } }), 404);
    expect(await db.feedbackItem.count({ where: { campaignId: theirs.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { organizationId: stranger.organizationId } })).toBe(0);
  });

  it("answers 400 for JSON it cannot parse, 415 for other media types, 413 over 2 MB", async () => {
    const s = await setup();
    const bad = await problem(await call("POST", s.campaign.slug, { token: s.token, raw: '{"text": "unterminated' }), 400);
    expect(bad.detail).toMatch(/not valid JSON/);
    await problem(await call("POST", s.campaign.slug, { token: s.token, raw: "text=hi", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415);
    const huge = JSON.stringify({ items: [{ text: "x".repeat(2 * 1024 * 1024) }] });
    await problem(await call("POST", s.campaign.slug, { token: s.token, raw: huge }), 413);
    expect(await counts(s)).toEqual({ items: 0, audits: 0 });
  });

  it("answers 429 with Retry-After once the token used its requests for the minute", async () => {
    const s = await setup();
    const now = Date.now();
    const windowStart = windowStartFor(now, API_RATE_LIMIT.windowMs);
    // As if this token had already sent its 600 requests in this window.
    await db.rateLimit.create({
      data: { key: apiRateLimitKey(s.tokenId), count: API_RATE_LIMIT.limit, windowStart: new Date(windowStart), expiresAt: new Date(windowStart + API_RATE_LIMIT.windowMs) },
    });
    const res = await call("POST", s.campaign.slug, { token: s.token, body: { text: "One too many" } });
    const body = await problem(res, 429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(body).toMatchObject({ retryAfterSeconds: retryAfter });
    expect(res.headers.get("ratelimit-remaining")).toBe("0");
    expect(await counts(s)).toEqual({ items: 0, audits: 0 });
    // Another token of the same organization has its own allowance.
    const other = await executeAction(createApiToken, s.admin, { name: `Second ${uid()}`, scopes: ["feedback:write"] });
    const ok = await call("POST", s.campaign.slug, { token: (other.data as { token: string }).token, body: { text: "A different token" } });
    expect(ok.status).toBe(201);
  });

  it("counts requests per token, so the 601st in a minute is refused", async () => {
    const s = await setup(["feedback:read"]);
    const now = Date.now();
    const windowStart = windowStartFor(now, API_RATE_LIMIT.windowMs);
    await db.rateLimit.create({
      data: { key: apiRateLimitKey(s.tokenId), count: API_RATE_LIMIT.limit - 2, windowStart: new Date(windowStart), expiresAt: new Date(windowStart + API_RATE_LIMIT.windowMs) },
    });
    // If the minute turns over mid-test the counter restarts, and all three pass; that is right too.
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call("GET", s.campaign.slug, { token: s.token })).status);
    if (windowStartFor(Date.now(), API_RATE_LIMIT.windowMs) === windowStart) expect(statuses).toEqual([200, 200, 429]);
  });

  it("records when a token was last used, at most once a minute", async () => {
    const s = await setup();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: s.tokenId } })).lastUsedAt).toBeNull();
    await call("GET", s.campaign.slug, { token: s.token });
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id: s.tokenId } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await call("GET", s.campaign.slug, { token: s.token });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: s.tokenId } })).lastUsedAt).toEqual(first);
    await db.apiToken.update({ where: { id: s.tokenId }, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    await call("GET", s.campaign.slug, { token: s.token });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: s.tokenId } })).lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 5_000);
  });
});

describe("GET /api/v1/campaigns/{slug}/feedback", () => {
  async function seeded() {
    const s = await setup();
    const items = [
      { text: "Refund arrived, thank you, great support.", channel: "EMAIL", externalId: "e-1", receivedAt: "2026-03-01T09:00:00Z" },
      { text: "Terrible outage, I lost a whole day of work.", channel: "SOCIAL", externalId: "s-1", receivedAt: "2026-03-02T09:00:00Z" },
      { text: "The OUTAGE page was useless and slow.", channel: "SOCIAL", externalId: "s-2", receivedAt: "2026-03-03T09:00:00Z" },
      { text: "Please add a status page with updates.", channel: "SURVEY", externalId: "v-1", receivedAt: "2026-03-04T09:00:00Z" },
      { text: "Same second, different id.", channel: "REVIEW", externalId: "r-1", receivedAt: "2026-03-04T09:00:00Z" },
    ];
    expect((await call("POST", s.campaign.slug, { token: s.token, body: { items } })).status).toBe(201);
    return s;
  }
  const list = async (s: Setup, query = "") => {
    const res = await call("GET", s.campaign.slug, { token: s.token, query });
    expect(res.status).toBe(200);
    return (await res.json()) as { items: { externalId: string; receivedAt: string; channel: string; sentimentLabel: string }[]; nextCursor: string | null };
  };

  it("lists newest first and pages with a cursor until nextCursor is null, without gaps or repeats", async () => {
    const s = await seeded();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list(s, `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      seen.push(...page.items.map((i) => i.externalId));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen.slice(2)).toEqual(["s-2", "s-1", "e-1"]);
  });

  it("filters by channel, sentiment, time and text (case-insensitive)", async () => {
    const s = await seeded();
    expect((await list(s, "channel=SOCIAL")).items.map((i) => i.externalId)).toEqual(["s-2", "s-1"]);
    expect((await list(s, "since=2026-03-02T00:00:00Z&until=2026-03-04")).items.map((i) => i.externalId)).toEqual(["s-2", "s-1"]);
    expect((await list(s, "q=outage")).items.map((i) => i.externalId).sort()).toEqual(["s-1", "s-2"]);
    expect((await list(s, "status=NEW")).items).toHaveLength(5);
    expect((await list(s, "status=CLOSED")).items).toHaveLength(0);
    const positive = await list(s, "sentiment=POSITIVE");
    expect(positive.items.map((i) => i.externalId)).toContain("e-1");
    expect(positive.items.every((i) => i.sentimentLabel === "POSITIVE")).toBe(true);
  });

  it("refuses invalid filters with 422 naming the parameter, and reads write nothing", async () => {
    const s = await seeded();
    const audits = await db.auditEvent.count({ where: { organizationId: s.admin.organizationId } });
    const body = await problem(await call("GET", s.campaign.slug, { token: s.token, query: "limit=500&channel=PIGEON" }), 422);
    expect(body.errors?.map((e) => e.parameter).sort()).toEqual(["channel", "limit"]);
    const cursor = await problem(await call("GET", s.campaign.slug, { token: s.token, query: "cursor=forged" }), 422);
    expect(cursor.errors).toEqual([{ parameter: "cursor", detail: expect.any(String) }]);
    await list(s);
    expect(await db.auditEvent.count({ where: { organizationId: s.admin.organizationId } })).toBe(audits);
  });

  it("refuses a write-only token with 403", async () => {
    const s = await setup(["feedback:write"]);
    await problem(await call("GET", s.campaign.slug, { token: s.token }), 403);
  });
});

describe("other requests under /api/v1", () => {
  it("answers unknown paths and methods in problem+json too", async () => {
    const res = unknownPath(new Request("http://localhost/api/v1/nothing-here"));
    const body = await problem(res, 404);
    expect(body.detail).toMatch(/openapi\.json/);
    const del = DELETE(new Request("http://localhost/api/v1/campaigns/x/feedback", { method: "DELETE" }));
    await problem(del, 405);
    expect(del.headers.get("allow")).toBe("GET, POST");
  });

  it("documents the problem types at their URIs", async () => {
    const doc = await problemType(new Request("http://localhost/api/v1/problems/rate-limited"), { params: Promise.resolve({ slug: "rate-limited" }) });
    expect(doc.status).toBe(200);
    expect(await doc.text()).toMatch(/Too many requests \(HTTP 429\)/);
    const missing = await problemType(new Request("http://localhost/api/v1/problems/nope"), { params: Promise.resolve({ slug: "nope" }) });
    await problem(missing, 404);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves the document", async () => {
    const res = openapi();
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/campaigns/{slug}/feedback"]);
  });
});
