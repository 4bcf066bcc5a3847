import { expect, expectAccessible, factories, signIn, test } from "./fixtures";

test("the public page shows only what is published: no private marker in the HTML, the render's RSC payload or the feed; it ships no script", async ({ page, request }) => {
  const { createLeakyCampaign, LEAK } = await import("@/tests/support/leak-markers");
  const { org, campaign } = await createLeakyCampaign();
  const url = `/p/${org.slug}/${campaign.slug}`;

  const response = await request.get(url);
  expect(response.headers()["content-type"]).toContain("text/html");
  // Every security header but Cross-Origin-Opener-Policy, left off this one page (next.config.ts).
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cross-origin-opener-policy"]).toBeUndefined();
  const html = await response.text();
  expect(html).toContain("PUBLIC-OK We are sorry.");
  expect(html).toContain("PUBLIC-OK story");
  expect(html).not.toContain(LEAK);
  // Served without the React runtime: no script element, no script preload.
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toContain('as="script"');
  expect(html).toContain('<link rel="stylesheet"');

  // The render it is made from (app/p/[org]/[campaign]/render) is public too: its HTML and the RSC
  // payload a client-side navigation would read.
  const renderResponse = await request.get(`${url}/render`);
  expect(renderResponse.headers()["cross-origin-opener-policy"]).toBe("same-origin");
  const render = await renderResponse.text();
  expect(render).toContain("PUBLIC-OK We are sorry.");
  expect(render).not.toContain(LEAK);
  const rsc = await request.get(`${url}/render`, { headers: { RSC: "1" } });
  const payload = await rsc.text();
  expect(payload).toContain("PUBLIC-OK promise");
  expect(payload).not.toContain(LEAK);

  const feed = await request.get(`${url}/feed.xml`);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain("PUBLIC-OK Statement published");
  expect(xml).not.toContain(LEAK);

  const ogImage = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
  expect(ogImage).toBeTruthy();
  const og = await request.get(new URL(ogImage!).pathname + new URL(ogImage!).search);
  expect(og.status()).toBe(200);
  expect(og.headers()["content-type"]).toBe("image/png");

  // Email following is offered (the e2e server has SMTP_URL); its pages carry no private field either.
  expect(html).toContain("Follow by email");
  for (const outcome of ["check-inbox", "confirmed", "unsubscribed"]) {
    const answer = await request.get(`${url}/follow/${outcome}`);
    expect(answer.status()).toBe(200);
    const text = await answer.text();
    expect(text).toContain(campaign.title);
    expect(text).not.toContain(LEAK);
  }

  const listing = await (await request.get(`/p/${org.slug}`)).text();
  expect(listing).toContain(campaign.title);
  expect(listing).not.toContain(LEAK);

  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto(url);
  await expect(page.getByRole("heading", { name: campaign.title })).toBeVisible();
  expect(scripts).toEqual([]);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
});

test("a campaign without a public page answers 404", async ({ request }) => {
  const f = await factories();
  const member = await f.createMember("COMMS");
  const hidden = await f.createCampaign(member, { publicPage: false, title: "Hidden incident" });
  const res = await request.get(`/p/${member.organizationSlug}/${hidden.slug}`);
  expect(res.status()).toBe(404);
  expect(await res.text()).not.toContain("Hidden incident");
  expect((await request.get(`/p/${member.organizationSlug}/${hidden.slug}/render`)).status()).toBe(404);
  expect((await request.get(`/p/${member.organizationSlug}/${hidden.slug}/feed.xml`)).status()).toBe(404);
});

test("publishing shows on the very next request of the cached page; the feedback form lands in the inbox", async ({ page, browser }) => {
  const f = await factories();
  const { createApology } = await import("@/tests/factories/apology");
  const { db } = await import("@/lib/db");
  const comms = await f.createMember("COMMS");
  const campaign = await f.createCampaign(comms, { publicPage: true, title: "Leaked order histories" });
  await createApology(campaign, comms.userId, { channel: "statement", bodies: ["We are sorry: we exposed 2,300 order histories for six hours."], state: "APPROVED", approveCurrent: true });
  const publicUrl = `/p/${comms.organizationSlug}/${campaign.slug}`;

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(publicUrl);
  await expect(visitor.getByText("Our apology has not been published yet.")).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText("Our apology has not been published yet.")).toBeVisible();

  await signIn(page.context(), comms.userId);
  await page.goto(`/campaigns/${campaign.slug}/apology`);
  await page.getByRole("button", { name: /^Publish version/ }).click();
  await expect(page.getByText("Published.")).toBeVisible();

  await visitor.reload();
  await expect(visitor.getByText("we exposed 2,300 order histories")).toBeVisible();

  // The browser checks the limits itself before sending (a plain HTML form, no script).
  await visitor.getByLabel("Your message").fill("Too short");
  await visitor.getByRole("button", { name: "Send feedback" }).click();
  await expect(visitor).toHaveURL(publicUrl);
  expect(await visitor.getByLabel("Your message").evaluate((el: HTMLTextAreaElement) => el.validity.tooShort)).toBe(true);

  // A refusal the browser cannot see coming (spaces do not count) answers with the form again,
  // holding what was typed; sending the corrected text from there works.
  await visitor.getByLabel("Your message").fill("    short!");
  const refusal = visitor.waitForResponse((r) => r.url().endsWith(`${publicUrl}/feedback`) && r.request().method() === "POST");
  await visitor.getByRole("button", { name: "Send feedback" }).click();
  expect((await refusal).status()).toBe(422);
  await expect(visitor.getByRole("heading", { name: "Please check your message" })).toBeVisible();
  await expect(visitor.getByRole("alert")).toContainText("what you wrote is below");
  await expect(visitor.getByLabel("Your message")).toHaveValue("    short!");
  await expectAccessible(visitor);
  expect(await db.feedbackItem.count({ where: { campaignId: campaign.id, channel: "PUBLIC_FORM" } })).toBe(0);

  await visitor.getByLabel("Your message").fill("Thank you for explaining what happened. Will you delete the exported files?");
  await visitor.getByRole("button", { name: "Send feedback" }).click();
  await expect(visitor).toHaveURL(`${publicUrl}/feedback/sent`);
  await expect(visitor.getByRole("heading", { name: "Thank you" })).toBeVisible();
  await expect(visitor.getByRole("status")).toContainText("Your message reached the team");
  await expectAccessible(visitor);
  await expect.poll(() => db.feedbackItem.count({ where: { campaignId: campaign.id, channel: "PUBLIC_FORM" } })).toBe(1);
  await visitor.getByRole("link", { name: `Back to “${campaign.title}”` }).click();
  await expect(visitor).toHaveURL(publicUrl);
  await visitorContext.close();
});
