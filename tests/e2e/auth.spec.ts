// Authentication against the production server: the session cookie next-auth sets at sign-in,
// sign-in limits answered by the real route, sign-out everywhere ending a session that is still
// open elsewhere, and the security headers of pages and API routes.
import { randomBytes } from "node:crypto";
import type { APIResponse } from "@playwright/test";
import { baseUrl, expect, factories, signIn, test } from "./fixtures";

// Each test signs in from its own (documentation-range) address, so the per-address limit of one
// test never touches another's.
const address = () => `198.51.100.${1 + (randomBytes(1)[0] % 250)}`;

const setCookies = (res: APIResponse) => res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);

test("signing in sets the session cookie HttpOnly, SameSite=Lax, Secure (production), for the whole site", async ({ playwright }) => {
  const f = await factories();
  const member = await f.createMember("COMMS", undefined, { password: "gold seams on a broken bowl", name: "Cookie Checker" });
  const api = await playwright.request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { "x-forwarded-for": address() } });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await api.post("/api/auth/callback/credentials", {
    form: { email: member.email, password: "gold seams on a broken bowl", csrfToken, json: "true" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(200);
  const session = setCookies(res).find((c) => c.startsWith("kintsugi.session="));
  expect(session, setCookies(res).join("\n")).toBeTruthy();
  const attributes = session!.split(";").slice(1).map((a) => a.trim().toLowerCase());
  expect(attributes).toContain("httponly");
  expect(attributes).toContain("secure");
  expect(attributes).toContain("samesite=lax");
  expect(attributes).toContain("path=/");
  // And it is a working session: the app knows who this is.
  const value = session!.split(";")[0];
  const page = await api.get("/campaigns", { headers: { cookie: value }, maxRedirects: 0 });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("Cookie Checker");
  await api.dispose();
});

test("the sign-in route answers 429 with Retry-After to the 11th attempt on one account, and from one address", async ({ playwright }) => {
  const f = await factories();
  const member = await f.createMember("EXEC", undefined, { password: "a very long passphrase" });
  const api = await playwright.request.newContext({ baseURL: baseUrl });
  const attempt = (email: string, from: string) =>
    api.post("/api/auth/callback/credentials", {
      headers: { "x-forwarded-for": from },
      form: { email, password: "not the password at all", csrfToken: "x", json: "true" },
      maxRedirects: 0,
    });
  const expectLimited = async (res: APIResponse) => {
    expect(res.status()).toBe(429);
    const retryAfter = Number(res.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(((await res.json()) as { message: string }).message).toMatch(/Too many sign-in attempts/);
  };

  for (let i = 0; i < 10; i++) expect((await attempt(member.email, address())).status()).not.toBe(429);
  await expectLimited(await attempt(member.email.toUpperCase(), address()));

  const from = `203.0.113.${1 + (randomBytes(1)[0] % 250)}`;
  for (let i = 0; i < 10; i++) expect((await attempt(`${f.uid("nobody-")}@example.test`, from)).status()).not.toBe(429);
  await expectLimited(await attempt(`${f.uid("nobody-")}@example.test`, from));
  // Another account from another address is still heard.
  expect((await attempt(`${f.uid("nobody-")}@example.test`, address())).status()).not.toBe(429);
  await api.dispose();
});

test("sign out everywhere ends a session that is open in another browser, pages and routes alike", async ({ page, browser }) => {
  const f = await factories();
  const member = await f.createMember("MANAGER", undefined, { name: "Everywhere Eve" });
  const campaign = await f.createCampaign(member);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(other, member.userId);
  await otherPage.goto("/campaigns");
  await expect(otherPage.getByTestId("whoami")).toContainText("Everywhere Eve");
  const pdf = `/campaigns/${campaign.slug}/dashboard/report.pdf`;
  expect((await otherPage.request.get(pdf)).status()).toBe(200);

  await signIn(page.context(), member.userId);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The other browser still holds its cookie, signed and unexpired: it is refused all the same.
  expect((await other.cookies()).some((c) => c.name === "kintsugi.session")).toBe(true);
  await otherPage.goto("/campaigns");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  expect((await otherPage.request.get(pdf)).status()).toBe(401);
  await other.close();
});

const SECURITY_HEADERS: [string, RegExp][] = [
  ["x-content-type-options", /^nosniff$/],
  ["referrer-policy", /^strict-origin-when-cross-origin$/],
  ["content-security-policy", /frame-ancestors 'none'/],
  ["x-frame-options", /^DENY$/],
  ["strict-transport-security", /^max-age=31536000; includeSubDomains$/],
  ["cross-origin-opener-policy", /^same-origin$/],
];

test("pages and API routes carry the security headers (HSTS in production), and no X-Powered-By", async ({ request }) => {
  for (const path of ["/sign-in", "/api/health", "/api/v1/openapi.json", "/api/v1/campaigns/nope/feedback"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBeLessThan(500);
    const headers = res.headers();
    for (const [name, value] of SECURITY_HEADERS) expect(headers[name], `${path}: ${name}`).toMatch(value);
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});
