// Bypass attempts against the production server. A campaign holds private records marked with
// LEAKMARK (an unpublished apology draft, an internal commitment, …; tests/support/leak-markers.ts).
// Signed in, its member sees them; without a session, no way of asking — RSC suffix, ?_rsc=,
// RSC headers, x-middleware-subrequest, a direct server-action POST with real action ids from the
// build — gets a single marker back or writes anything. Signed in, a server action posted from
// another origin (or Origin: null) is refused too.
import { readFileSync } from "node:fs";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { baseUrl, expect, sessionToken, signIn, test } from "./fixtures";

type Manifest = { node: Record<string, { workers: Record<string, unknown>; exportedName: string; filename: string }> };

const MIDDLEWARE_SUBREQUEST = [
  "middleware",
  "middleware:middleware:middleware:middleware:middleware",
  "src/middleware",
  "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
  "proxy",
  "proxy:proxy:proxy:proxy:proxy",
  "src/proxy",
  "pages/_middleware",
];

type Variant = { name: string; path: (p: string) => string; headers: Record<string, string> };
const VARIANTS: Variant[] = [
  { name: "plain", path: (p) => p, headers: {} },
  { name: ".rsc suffix", path: (p) => `${p.replace(/\?.*$/, "")}.rsc`, headers: {} },
  { name: "?_rsc=", path: (p) => `${p}${p.includes("?") ? "&" : "?"}_rsc=1a2b3`, headers: {} },
  { name: "RSC: 1", path: (p) => p, headers: { RSC: "1" } },
  { name: "RSC prefetch", path: (p) => p, headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" } },
  { name: "RSC with a router state tree", path: (p) => p, headers: { RSC: "1", "Next-Router-State-Tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }])) } },
];
// The app has no middleware or proxy today; these keep it honest if one is added (CVE-2025-29927).
const SUBREQUEST_VARIANTS: Variant[] = [
  ...MIDDLEWARE_SUBREQUEST.map((value) => ({ name: `x-middleware-subrequest: ${value}`, path: (p: string) => p, headers: { "x-middleware-subrequest": value } })),
  { name: "x-middleware-subrequest with RSC", path: (p) => `${p}${p.includes("?") ? "&" : "?"}_rsc=x`, headers: { RSC: "1", "x-middleware-subrequest": MIDDLEWARE_SUBREQUEST[1] } },
];

type Leaky = Awaited<ReturnType<typeof import("@/tests/support/leak-markers").createLeakyCampaign>>;
type Ids = Record<string, string>;

let leaky: Leaky;
let LEAK: string;
let ids: Ids;
let snapshot: (organizationId: string) => Promise<string>;

test.beforeAll(async () => {
  const markers = await import("@/tests/support/leak-markers");
  const { snapshotOrganization } = await import("@/tests/support/snapshot");
  // The server's follower-mail drain writes its outbox on its own schedule (tests/support/snapshot.ts).
  snapshot = (organizationId) => snapshotOrganization(organizationId, { outbox: false });
  const { db } = await import("@/lib/db");
  LEAK = markers.LEAK;
  leaky = await markers.createLeakyCampaign();
  const organizationId = leaky.org.id;
  const first = async <T extends { id: string }>(p: Promise<T | null>) => (await p)?.id ?? "none";
  ids = {
    campaignId: leaky.campaign.id,
    apologyId: await first(db.apology.findFirst({ where: { organizationId, publishedVersionId: null } })),
    commitmentId: await first(db.commitment.findFirst({ where: { organizationId, isPublic: false } })),
    evidenceId: await first(db.evidence.findFirst({ where: { organizationId, isPublic: false } })),
    storyId: await first(db.customerStory.findFirst({ where: { organizationId, isPublished: false } })),
    itemId: await first(db.feedbackItem.findFirst({ where: { organizationId } })),
    themeId: await first(db.theme.findFirst({ where: { organizationId } })),
    lessonId: await first(db.lesson.findFirst({ where: { organizationId } })),
    membershipId: await first(db.membership.findFirst({ where: { organizationId } })),
    savedReplyId: await first(db.savedReply.findFirst({ where: { organizationId } })),
    notificationId: await first(db.notification.findFirst({ where: { organizationId } })),
  };
});

// What a member of the organization reads on these pages, and what nobody else may.
function protectedPaths(): string[] {
  const c = `/campaigns/${leaky.campaign.slug}`;
  return [
    "/campaigns", c, `${c}/apology`, `${c}/apology?variant=email`, `${c}/edit`, `${c}/listen`, `${c}/listen/${ids.itemId}`,
    `${c}/learn`, `${c}/learn/lessons/${ids.lessonId}`, `${c}/learn/themes/${ids.themeId}`, `${c}/promises`,
    `${c}/promises/${ids.commitmentId}`, `${c}/promises/tell`, `${c}/stories`, `${c}/dashboard`, `${c}/dashboard/report`,
    "/dashboard", "/my-commitments", "/my-commitments/digest", "/notifications", "/account", "/settings/audit", "/settings/members",
    "/settings/saved-replies", "/settings/api-tokens", "/settings/embedding",
    // Route handlers: files, reports, import progress.
    `${c}/dashboard/report.pdf`, `/api/evidence/${ids.evidenceId}`, `${c}/listen/import/none/progress`, `${c}/listen/import/none/rejections`,
  ];
}

function expectNoLeak(res: APIResponse, body: string, what: string) {
  expect(body, what).not.toContain(LEAK);
  expect(JSON.stringify(res.headers()), what).not.toContain(LEAK);
}

test("signed in, a member of the organization does see the private markers (the control)", async ({ page }) => {
  await signIn(page.context(), leaky.admin.userId);
  const c = `/campaigns/${leaky.campaign.slug}`;
  for (const path of [`${c}/apology`, `${c}/promises`]) {
    const res = await page.request.get(path);
    expect(res.status()).toBe(200);
    expect(await res.text(), path).toContain(LEAK);
  }
});

test("signed out, no protected page or route answers with private data, however it is asked", async ({ request }) => {
  test.setTimeout(180_000);
  const before = await snapshot(leaky.org.id);
  const paths = protectedPaths();
  // Every page and route, every RSC spelling; the subrequest headers on the pages that hold markers.
  const marked = new Set(paths.filter((p) => /\/(apology|promises|listen\/|settings\/audit|report\.pdf|api\/evidence)/.test(p)));
  for (const path of paths) {
    for (const variant of [...VARIANTS, ...(marked.has(path) ? SUBREQUEST_VARIANTS : [])]) {
      let url = variant.path(path);
      let res = await request.get(url, { headers: variant.headers, maxRedirects: 0 });
      // An RSC request without its cache-busting ?_rsc= is first sent to the same URL with one.
      for (let hop = 0; hop < 2 && [307, 308].includes(res.status()) && /[?&]_rsc/.test(res.headers().location ?? ""); hop++) {
        expectNoLeak(res, await res.text(), `${variant.name} ${url}`);
        url = new URL(res.headers().location!, baseUrl).pathname + new URL(res.headers().location!, baseUrl).search;
        res = await request.get(url, { headers: variant.headers, maxRedirects: 0 });
      }
      const what = `${variant.name} ${url} → ${res.status()}`;
      const body = await res.text();
      expectNoLeak(res, body, what);
      // Refused: sent to sign in, or 401/404; a 200 is the sign-in redirect or the not-found page
      // spelled as RSC (a `.rsc` spelling reaches the catch-all not-found route), or a segment
      // prefetch's route tree (names of segments, no data).
      if (res.status() === 200) {
        if (!variant.headers["Next-Router-Segment-Prefetch"]) expect(body, what).toMatch(/NEXT_REDIRECT|\/sign-in|NEXT_HTTP_ERROR_FALLBACK;404/);
      } else {
        expect([303, 307, 308, 401, 403, 404], what).toContain(res.status());
      }
      if ([303, 307, 308].includes(res.status())) expect(res.headers().location, what).toMatch(/\/sign-in/);
    }
  }
  expect(await snapshot(leaky.org.id)).toBe(before);
});

function manifest(): Manifest {
  return JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
}

// The page an action belongs to, as a URL (dynamic segments filled with this campaign's ids).
function pageOf(worker: string): string {
  const fill: Record<string, string> = { slug: leaky.campaign.slug, itemId: ids.itemId, commitmentId: ids.commitmentId, lessonId: ids.lessonId, themeId: ids.themeId, jobId: "none", token: "none", org: leaky.org.slug, campaign: leaky.campaign.slug };
  const path = worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "").replace(/\[(\w+)\]/g, (_m, k: string) => fill[k] ?? "x");
  return path || "/";
}

// Every field any action reads, pointing at this organization's private records.
function hijackInput(): Record<string, string> {
  return {
    ...ids, id: ids.savedReplyId, itemIds: ids.itemId, feedbackItemId: ids.itemId, taskId: "none", linkId: "none", tokenId: "none", jobId: "none",
    invitationId: "none", organizationId: leaky.org.id, number: "2", baseNumber: "2", version: "1", expectedVersion: "1",
    body: "HIJACKED draft", text: "HIJACKED reply text", title: "HIJACKED title", label: "HIJACKED label", quote: "HIJACKED quote for the wall",
    comment: "HIJACKED", changeSummary: "HIJACKED", reason: "HIJACKED reason", note: "HIJACKED", status: "CLOSED", role: "ADMIN",
    email: "attacker@evil.test", name: "Attacker", password: "correct horse battery staple", decision: "grant", consent: "on",
    consentWording: "I agree that my words may be shown anywhere.", origins: "https://evil.test", kind: "NOTE", isPublic: "on",
    scopes: "feedback:read", channel: "statement", dueDate: "2030-01-01", trustElement: "MEANS", ownerId: leaky.admin.userId,
    orgSlug: leaky.org.slug, campaignSlug: leaky.campaign.slug, token: "none", organizationName: "Evil Co",
  };
}

// A server action call as React sends it: the arguments as a multipart reply ("0" holds them,
// "1_<field>" the fields of the FormData argument), or as JSON for an action taking an object.
function postAction(request: APIRequestContext, id: string, path: string, headers: Record<string, string>) {
  const input = hijackInput();
  const takesObject = id.startsWith("40");
  const common = { "Next-Action": id, Accept: "text/x-component", ...headers };
  if (takesObject) return request.post(path, { headers: { ...common, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify([input]), maxRedirects: 0 });
  const multipart: Record<string, string> = { "0": JSON.stringify([{ ok: false, message: "" }, "$K1"]) };
  for (const [k, v] of Object.entries(input)) multipart[`1_${k}`] = v;
  return request.post(path, { headers: common, multipart, maxRedirects: 0 });
}

test("signed out, every server action of the build refuses a direct POST, however it is dressed, and writes nothing", async ({ request }) => {
  test.setTimeout(180_000);
  const actions = Object.entries(manifest().node);
  expect(actions.length).toBeGreaterThanOrEqual(50);
  const before = await snapshot(leaky.org.id);
  const dressings: [string, (p: string) => string, Record<string, string>][] = [
    ["plain", (p) => p, { Origin: baseUrl }],
    ["no Origin", (p) => p, {}],
    ["RSC: 1", (p) => p, { Origin: baseUrl, RSC: "1" }],
    ["?_rsc=", (p) => `${p}?_rsc=abc`, { Origin: baseUrl }],
    ["x-middleware-subrequest", (p) => p, { Origin: baseUrl, "x-middleware-subrequest": MIDDLEWARE_SUBREQUEST[1] }],
  ];
  let answered = 0;
  for (const [id, action] of actions) {
    const path = pageOf(Object.keys(action.workers)[0]);
    for (const [dressing, at, headers] of dressings) {
      const res = await postAction(request, id, at(path), headers);
      const body = await res.text();
      const what = `${action.exportedName} (${dressing}) at ${path} → ${res.status()}`;
      expectNoLeak(res, body, what);
      expect(body, what).not.toContain('"ok":true');
      // Members' actions answer "Please sign in." (401); public ones refuse the made-up fields.
      if (res.status() === 200 && /"status":(401|403|404|422)/.test(body)) answered++;
    }
  }
  // The calls reached the actions (a refusal in a form state), not just a router error.
  expect(answered).toBeGreaterThan(actions.length * 3);
  expect(await snapshot(leaky.org.id)).toBe(before);
});

test("signed in, a server action posted from another origin or Origin: null is refused; from the app's own origin it runs", async ({ playwright }) => {
  const f = await import("@/tests/factories");
  const { db } = await import("@/lib/db");
  const entries = Object.entries(manifest().node);
  const signOut = entries.find(([, a]) => a.exportedName === "signOutEverywhereAction")!;
  const saveDraft = entries.find(([, a]) => a.exportedName === "saveDraftAction")!;
  expect(signOut && saveDraft).toBeTruthy();

  const victim = await f.createMember("ADMIN");
  const api = await playwright.request.newContext({ baseURL: baseUrl });
  let cookie = `kintsugi.session=${await sessionToken(victim.userId)}`;
  const sessionVersion = async () => (await db.user.findUniqueOrThrow({ where: { id: victim.userId } })).sessionVersion;
  const sv = await sessionVersion();

  for (const origin of ["https://evil.test", "null", `http://evil.localhost:${new URL(baseUrl).port}`]) {
    const res = await postAction(api, signOut[0], "/account", { Origin: origin, cookie });
    expect(res.status(), origin).not.toBe(200);
    expect(await sessionVersion(), origin).toBe(sv);
  }
  // The same call from the app's own page works: the refusals above were about the origin.
  const same = await postAction(api, signOut[0], "/account", { Origin: baseUrl, cookie });
  expect(same.status()).toBe(200);
  expect(await sessionVersion()).toBe(sv + 1);

  // An admin of the leaky organization, lured to another site: the draft is not saved.
  cookie = `kintsugi.session=${await sessionToken(leaky.admin.userId)}`;
  const before = await snapshot(leaky.org.id);
  const path = `/campaigns/${leaky.campaign.slug}/apology`;
  for (const origin of ["https://evil.test", "null"]) {
    const res = await postAction(api, saveDraft[0], path, { Origin: origin, cookie });
    expect(res.status(), origin).not.toBe(200);
    expect(await res.text()).not.toContain(LEAK);
  }
  expect(await snapshot(leaky.org.id)).toBe(before);
  await api.dispose();
});
