// Following a public page by email in the browser, against the production build: the app's
// SMTP_URL points at the smtp-server this file starts (playwright.config.ts, E2E_SMTP_PORT).
import type { Page } from "@playwright/test";
import { E2E_SMTP_PORT } from "@/playwright.config";
import { SmtpPeer } from "@/tests/support/smtp-peer";
import { expect, expectAccessible, factories, signIn, test } from "./fixtures";

let peer: SmtpPeer;
test.beforeAll(async () => {
  peer = await new SmtpPeer(E2E_SMTP_PORT).start();
});
test.afterAll(async () => {
  await peer.stop();
});

// Axe at a desktop and a phone width; set E2E_SCREENSHOTS to a folder to keep a picture of each.
async function look(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await expectAccessible(page);
    if (dir) await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const linkIn = (text: string, path: string) => {
  const url = new RegExp(`https?://\\S+/follow/${path}/[A-Za-z0-9_-]+`).exec(text)?.[0];
  expect(url, `a /follow/${path}/ link in:\n${text}`).toBeTruthy();
  return url!;
};

async function publicCampaign(title: string) {
  const f = await factories();
  const { createApology } = await import("@/tests/factories/apology");
  const comms = await f.createMember("COMMS");
  const campaign = await f.createCampaign(comms, { publicPage: true, title });
  await createApology(campaign, comms.userId, {
    channel: "statement",
    bodies: ["We are sorry: we exposed 2,300 order histories for six hours. We have closed the hole."],
    state: "APPROVED",
    approveCurrent: true,
  });
  return { comms, campaign, url: `/p/${comms.organizationSlug}/${campaign.slug}`, email: `${f.uid("reader-")}@example.test` };
}

test("follow by email: confirm from the message, get the next update, stop in one click", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const { comms, campaign, url, email } = await publicCampaign("Leaked order histories");
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(url);
  const form = visitor.getByRole("form", { name: "Follow by email" });
  await form.scrollIntoViewIfNeeded();
  await look(visitor, "public-page");
  await form.getByLabel("Your email address").fill(email);
  await form.getByRole("button", { name: "Follow by email" }).click();
  await expect(visitor).toHaveURL(`${url}/follow/check-inbox`);
  await expect(visitor.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(visitor.getByRole("status")).toContainText("a message with a confirmation link is on its way");
  await look(visitor, "check-inbox");

  // What a refused address looks like (the browser's own check usually stops it first).
  await visitor.goto(`${url}/follow/invalid-address`);
  await expect(visitor.getByRole("alert").filter({ hasText: "does not look like an email address" })).toBeVisible();
  await expect(visitor.getByLabel("Your email address")).toHaveAttribute("aria-invalid", "true");
  await look(visitor, "invalid-address");

  // Sent by the app right after the request, not by a test drain.
  await expect.poll(() => peer.to(email).length, { timeout: 20_000 }).toBe(1);
  await visitor.goto(linkIn(peer.to(email)[0].text, "confirm"));
  await expect(visitor.getByRole("heading", { name: `Follow “${campaign.title}” by email` })).toBeVisible();
  await look(visitor, "confirm");
  await visitor.getByRole("button", { name: "Confirm: follow this page" }).click();
  await expect(visitor).toHaveURL(`${url}/follow/confirmed`);
  await expect(visitor.getByRole("heading", { name: "You follow this page now" })).toBeVisible();
  await look(visitor, "confirmed");

  // The team publishes the apology; the message leaves right after the commit.
  await signIn(page.context(), comms.userId);
  await page.goto(`/campaigns/${campaign.slug}/apology`);
  await page.getByRole("button", { name: /^Publish version/ }).click();
  await expect(page.getByText("Published.")).toBeVisible();
  await expect.poll(() => peer.to(email).length, { timeout: 20_000 }).toBe(2);
  const update = peer.to(email)[1];
  expect(update.subject).toBe("Customer email published");
  const stop = linkIn(update.text, "unsubscribe");
  expect(update.headers["list-unsubscribe"]).toBe(`<${stop}>`);
  expect(update.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

  // A link checker's HEAD stops nothing (Next would answer it with GET if the route let it).
  const { db } = await import("@/lib/db");
  const follower = { campaignId: campaign.id, email };
  expect((await request.head(new URL(stop).pathname)).status()).toBe(200);
  expect(await db.subscriber.count({ where: { ...follower, unsubscribedAt: null } })).toBe(1);

  await visitor.goto(stop);
  await expect(visitor).toHaveURL(`${url}/follow/unsubscribed`);
  expect(await db.subscriber.count({ where: follower })).toBe(0);
  await expect(visitor.getByRole("heading", { name: "You no longer follow this page" })).toBeVisible();
  await look(visitor, "unsubscribed");
  await context.close();
});

test("the follow form works without JavaScript, and a confirmation link is refused once used", async ({ browser, request }) => {
  const { url, email } = await publicCampaign("Double charges");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await context.newPage();
  await visitor.goto(url);
  await visitor.getByLabel("Your email address").fill(email);
  await visitor.getByRole("button", { name: "Follow by email" }).click();
  await expect(visitor).toHaveURL(`${url}/follow/check-inbox`);
  await expect.poll(() => peer.to(email).length, { timeout: 20_000 }).toBe(1);
  const confirm = linkIn(peer.to(email)[0].text, "confirm");
  await visitor.goto(confirm);
  await visitor.getByRole("button", { name: "Confirm: follow this page" }).click();
  await expect(visitor).toHaveURL(`${url}/follow/confirmed`);
  await visitor.goto(confirm);
  await expect(visitor.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  await context.close();
  // Opening a link changes nothing by itself, and its page is never cached.
  const again = await request.get(new URL(confirm).pathname);
  expect(again.headers()["cache-control"]).toContain("no-store");
});
