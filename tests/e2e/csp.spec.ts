// The Content-Security-Policy in the browser (proxy.ts, lib/security/content-security-policy.ts):
// the key pages work, with their client JavaScript, without a single violation (every test of the
// suite is also watched, see fixtures.ts); injected scripts are blocked; the public page stays
// static; the route families match what the build made static.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { policyFamily } from "@/lib/security/content-security-policy";
import { expect, factories, signIn, test } from "./fixtures";

const nonceOf = (csp: string | undefined) => csp?.match(/'nonce-([^']+)'/)?.[1];

async function scenario() {
  const f = await factories();
  const { db } = await import("@/lib/db");
  const { createApology, SINCERE_APOLOGY } = await import("@/tests/factories/apology");
  const { createFeedback } = await import("@/tests/factories/feedback");
  const { createStory, createRequestLink } = await import("@/tests/factories/stories");
  const { createDashboardFixture } = await import("@/tests/factories/dashboard");
  const exec = await f.createMember("EXEC", undefined, { name: "Evelyn Exec" });
  const comms = await f.createMember("COMMS", { id: exec.organizationId }, { name: "Cleo Comms" });
  await db.organization.update({ where: { id: exec.organizationId }, data: { framingOrigins: "https://www.example.com" } });
  const { campaign } = await createDashboardFixture(exec, new Date(), { title: "Double charges in June" });
  await db.campaign.update({ where: { id: campaign.id }, data: { publicPage: true } });
  const apology = await createApology(campaign, comms.userId, { channel: "statement", bodies: [SINCERE_APOLOGY], state: "PUBLISHED", approveCurrent: true, publishCurrent: true });
  await db.apologyPublication.create({ data: { organizationId: exec.organizationId, apologyId: apology.id, versionId: apology.publishedVersionId!, publishedById: comms.userId } });
  // A public promise with a progress bar: a style attribute on the static page.
  await db.commitment.updateMany({ where: { campaignId: campaign.id, status: "IN_PROGRESS" }, data: { isPublic: true, progress: 40 } });
  const drafting = await f.createCampaign(comms, { title: "Leaked order histories" });
  await createFeedback(campaign, [{ text: "Where is my refund? You charged me twice." }]);
  await createStory(campaign, { consentStatus: "GRANTED", isPublished: true, quote: "They refunded me the same day." });
  const { token } = await createRequestLink(campaign, comms.userId);
  return { exec, comms, campaign, drafting, storyLink: `/s/${token}`, publicPath: `/p/${exec.organizationSlug}/${campaign.slug}`, embedPath: `/embed/${exec.organizationSlug}/${campaign.slug}/stories` };
}

// The page's own scripts carry the nonce of the policy it was sent with, and nothing was blocked.
async function expectNonced(page: Page, path: string) {
  const response = await page.goto(path);
  const csp = response!.headers()["content-security-policy"];
  expect(csp, path).toContain("'strict-dynamic'");
  const nonce = nonceOf(csp);
  expect(nonce, path).toBeTruthy();
  // Every script in the HTML as sent; scripts those load later are trusted through 'strict-dynamic'.
  const scripts = [...(await response!.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0].match(/\snonce="([^"]*)"/)?.[1] ?? "");
  expect(scripts.length, path).toBeGreaterThan(0);
  expect(new Set(scripts), path).toEqual(new Set([nonce]));
  return nonce!;
}

test("signed-in pages run their client JavaScript under a nonce, fresh on every request, with no violation", async ({ page, cspViolations }) => {
  const s = await scenario();

  // Sign-in, signed out: the form hydrates and reacts.
  const first = await expectNonced(page, "/sign-in");
  expect(await expectNonced(page, "/sign-in")).not.toBe(first);
  await page.getByLabel("Email").fill(s.comms.email);
  await expect(page.getByLabel("Email")).toHaveValue(s.comms.email);

  await signIn(page.context(), s.comms.userId);
  await expectNonced(page, `/campaigns/${s.campaign.slug}`);
  await expect(page.getByRole("heading", { name: "Double charges in June" })).toBeVisible();

  // The apology editor analyses as you type (client JavaScript).
  await expectNonced(page, `/campaigns/${s.drafting.slug}/apology`);
  await page.getByRole("button", { name: "Add variant" }).click();
  await page.getByLabel(/^Draft:/).fill("Mistakes were made and we regret any inconvenience.");
  await expect(page.getByTestId("findings").locator('[data-rule="passive-evasion"]')).toBeVisible();

  // The inbox answers the keyboard.
  await expectNonced(page, `/campaigns/${s.campaign.slug}/listen`);
  // Pressed again until the inbox has hydrated and its shortcut handler is listening.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(page.locator("#inbox-q")).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  // The dashboard draws its charts; a client-side navigation leads to the board report, which
  // still prints on A4 from its first page (its print styles live in the stylesheet, not inline).
  await signIn(page.context(), s.exec.userId);
  await expectNonced(page, `/campaigns/${s.campaign.slug}/dashboard`);
  await expect(page.getByTestId("index-chart").locator(".recharts-surface").first()).toBeVisible();
  await page.getByRole("link", { name: "Board report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Board report: Double charges in June" })).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 in PDF points (Letter, the default, is 612 × 792).
  expect(pdf.toString("latin1").match(/\/MediaBox \[[^\]]*\]/)?.[0]).toMatch(/^\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]$/);
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    expect((await parser.getText({ partial: [1] })).text).toContain("Board report: Double charges in June");
  } finally {
    await parser.destroy();
  }

  // The customer's story link and an unknown address render per request too.
  await page.context().clearCookies();
  await expectNonced(page, s.storyLink);
  await expect(page.getByRole("button", { name: "Send my story" })).toBeVisible();
  const missing = await page.goto("/no/such/page");
  expect(missing!.status()).toBe(404);
  expect(nonceOf(missing!.headers()["content-security-policy"])).toBeTruthy();
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();

  expect(cspViolations).toEqual([]);
});

test("the public page is served from the cache with a policy that runs no script, and works; the embed keeps its own policy", async ({ page, request }) => {
  const s = await scenario();

  const first = await request.get(s.publicPath);
  const second = await request.get(s.publicPath);
  const csp = second.headers()["content-security-policy"];
  expect(csp).toContain("script-src 'none'");
  expect(csp).not.toContain("nonce-");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(await second.text()).toBe(await first.text());
  // The render it is made from is static: served from the cache, not rendered again.
  await request.get(`${s.publicPath}/render`);
  const render = await request.get(`${s.publicPath}/render`);
  expect(render.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(render.headers()["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");

  await page.goto(s.publicPath);
  await expect(page.getByText("We are sorry. On March 3")).toBeVisible();
  await expect(page.getByText("Publish the incident report")).toBeVisible();
  await page.getByLabel("Your message").fill("Thank you for explaining what happened.");
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByText(/thank you/i).last()).toBeVisible();

  const embed = await page.goto(s.embedPath);
  const embedCsp = embed!.headers()["content-security-policy"];
  expect(embedCsp).toContain("default-src 'none'");
  expect(embedCsp).toContain("frame-ancestors 'self' https://www.example.com");
  await expect(page.getByText("They refunded me the same day.")).toBeVisible();
});

test("a script injected into a page is blocked: any inline script on app pages, other origins everywhere", async ({ page, cspViolations }) => {
  const s = await scenario();
  const inject = (marker: string) => async (route: import("@playwright/test").Route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</head>", `<script>window.${marker}=1</script><script src="https://evil.example/x.js"></script></head>`);
    await route.fulfill({ response, body: html });
  };

  await signIn(page.context(), s.comms.userId);
  await page.route(`**/campaigns/${s.campaign.slug}`, inject("__injectedApp"));
  await page.goto(`/campaigns/${s.campaign.slug}`);
  await expect(page.getByRole("heading", { name: "Double charges in June" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__injectedApp)).toBeUndefined();
  await expect.poll(() => cspViolations.join("\n")).toMatch(/script-src/);
  expect(cspViolations.join("\n")).toContain("evil.example");

  // The public page runs no script at all (see content-security-policy.ts): an injected one neither.
  cspViolations.length = 0;
  await page.route(`**${s.publicPath}`, inject("__injectedPublic"));
  await page.goto(s.publicPath);
  await expect(page.getByText("We are sorry. On March 3")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__injectedPublic)).toBeUndefined();
  await expect.poll(() => cspViolations.join("\n")).toContain("evil.example");
  cspViolations.length = 0;
});

test("the route families match what the build made static and what it renders per request", async () => {
  const prerendered = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")) as { routes: Record<string, unknown>; dynamicRoutes: Record<string, unknown> };
  const appPaths = JSON.parse(readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>;
  const pages = Object.entries(appPaths).filter(([file]) => file.endsWith("/page")).map(([, route]) => route);
  const isStatic = new Set([...Object.keys(prerendered.routes), ...Object.keys(prerendered.dynamicRoutes)]);
  const sample = (route: string) => route.replace(/\[\.\.\.[^\]]+\]/g, "a/b").replace(/\[[^\]]+\]/g, "x");
  const wrong = pages
    .filter((route) => !route.startsWith("/_"))
    .filter((route) => policyFamily(sample(route)) !== (isStatic.has(route) ? "static" : "nonce"))
    .map((route) => `${route} is ${isStatic.has(route) ? "static" : "rendered per request"} but gets the ${policyFamily(sample(route))} policy`);
  expect(pages.length).toBeGreaterThan(30);
  expect(wrong).toEqual([]);
});
