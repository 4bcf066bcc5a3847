// Browser-test fixtures: data is written straight into the e2e database (same factories as the
// integration tests) and people are signed in by minting their session cookie, not by typing.
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { encode } from "next-auth/jwt";
import { E2E_DATABASE_URL, E2E_PORT, E2E_SECRET } from "@/playwright.config";

process.env.DATABASE_URL = E2E_DATABASE_URL;
(process.env as Record<string, string>).NODE_ENV = "test";

type Db = typeof import("@/tests/factories");

export async function factories(): Promise<Db> {
  return import("@/tests/factories");
}

// The session cookie next-auth would set for this user now (for requests made without a browser).
export async function sessionToken(userId: string): Promise<string> {
  const { db } = await import("@/lib/db");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return encode({
    token: { sub: user.id, name: user.name, email: user.email, sv: user.sessionVersion },
    secret: E2E_SECRET,
  });
}

export async function signIn(context: BrowserContext, userId: string) {
  const token = await sessionToken(userId);
  await context.addCookies([
    { name: "kintsugi.session", value: token, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax", secure: true },
  ]);
}

// Every page visited is checked with axe (WCAG 2.1 A and AA).
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, "axe violations").toEqual([]);
}

// Every page of every test is watched for Content-Security-Policy violations (proxy.ts sets the
// policies): a blocked script or style fails the test that caused it. Chromium reports each both as
// a `securitypolicyviolation` event in the page and as a console message; both are collected.
async function watchCsp(context: BrowserContext, violations: string[]) {
  await context.exposeBinding("__kintsugiCspViolation", (_source, text: string) => void violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __kintsugiCspViolation: (t: string) => void }).__kintsugiCspViolation;
      report(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sample || e.sourceFile})`);
    });
  });
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${message.page()?.url() ?? ""}: ${message.text()}`);
  });
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, provide) => {
      const violations: string[] = [];
      await watchCsp(context, violations);
      // Contexts a test opens itself (a second person, a visitor) are watched too; browser.newPage
      // goes through newContext.
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const created = await newContext.apply(browser, args);
        await watchCsp(created, violations);
        return created;
      };
      try {
        await provide(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
export const baseUrl = `http://localhost:${E2E_PORT}`;
