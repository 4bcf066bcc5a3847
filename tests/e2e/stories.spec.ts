import { expect, expectAccessible, factories, signIn, test } from "./fixtures";

// The whole life of a customer story: a story-request link, the customer's story with consent,
// publication, the embeddable wall, and the customer's withdrawal taking it off the wall at once.
// The data function behind the public campaign page is listPublishedStories (lib/stories/public-queries.ts).

test("a customer shares a story with consent, comms publishes it to the embed, the customer withdraws and it is gone", async ({ page, browser }) => {
  const f = await factories();
  const { db } = await import("@/lib/db");
  const comms = await f.createMember("COMMS", undefined, { name: "Cleo Comms" });
  await db.organization.update({ where: { id: comms.organizationId }, data: { framingOrigins: "https://www.example.com" } });
  const campaign = await f.createCampaign(comms, { title: "Double charges in March", publicPage: true });
  const embedPath = `/embed/${comms.organizationSlug}/${campaign.slug}/stories`;
  const quote = `They refunded the double charge within the hour and called to say sorry. I am staying. ${f.uid()}`;

  // Comms: an empty step says what to do next, then a story-request link, shown once.
  await signIn(page.context(), comms.userId);
  await page.goto(`/campaigns/${campaign.slug}/stories`);
  await expect(page.getByRole("heading", { name: "No stories yet" })).toBeVisible();
  await expect(page.getByTestId("embed-snippet")).toHaveValue(new RegExp(`<iframe src="http://[^"]+${embedPath}"`));
  await expectAccessible(page);
  await page.getByLabel("Label (for your team)").fill("March newsletter");
  await page.getByRole("button", { name: "Create link" }).click();
  const linkField = page.getByTestId("story-request-link");
  await expect(linkField).toHaveValue(/\/s\/[A-Za-z0-9_-]{40,}$/);
  const requestLink = await linkField.inputValue();
  await expect(page.getByTestId("request-link-row").filter({ hasText: "March newsletter" })).toContainText("Active");

  // The customer, not signed in, writes their story and must tick the consent statement.
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  await customer.goto(requestLink);
  await expect(customer.getByRole("heading", { name: /Share your story with/ })).toBeVisible();
  await expectAccessible(customer);
  await customer.locator("#story-quote").fill(quote);
  await customer.locator("#story-name").fill("Robin Reader");
  await customer.locator("#story-title").fill("Customer since 2018");
  await customer.getByRole("button", { name: "Send my story" }).click();
  await expect(customer.getByText(/Tick the box to agree/)).toBeVisible();
  await expect(customer.locator("#story-quote")).toHaveValue(quote);
  await customer.getByRole("checkbox").check();
  await customer.getByRole("button", { name: "Send my story" }).click();
  await expect(customer.getByText(/Thank you. Your story reached the team/)).toBeVisible();
  const withdrawField = customer.getByTestId("withdrawal-link");
  await expect(withdrawField).toHaveValue(/\/s\/withdraw\/[A-Za-z0-9_-]{40,}$/);
  const withdrawLink = await withdrawField.inputValue();
  await expectAccessible(customer);

  // Before publication the embed does not show it.
  let embed = await page.request.get(embedPath);
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors 'self' https://www.example.com");
  expect(await embed.text()).not.toContain(quote);

  // Comms publishes it.
  await page.reload();
  const row = page.getByTestId("story-row").filter({ hasText: quote });
  await expect(row).toContainText("Consent granted");
  await expect(row).toContainText("Robin Reader");
  await row.getByRole("button", { name: "Publish to the wall" }).click();
  await expect(page.getByText("Published: it is on the wall now.")).toBeVisible();
  await expect(row).toContainText("On the wall");
  await expectAccessible(page);

  // The embed shows it: fetched as a page would, and opened as a document.
  embed = await page.request.get(embedPath);
  expect(await embed.text()).toContain(quote);
  await page.goto(embedPath);
  await expect(page.getByText(quote)).toBeVisible();
  await expect(page.getByText("Robin Reader")).toBeVisible();
  await expectAccessible(page);

  // The customer withdraws through their link; the very next embed request no longer has it.
  await customer.goto(withdrawLink);
  await expect(customer.getByRole("heading", { name: "Withdraw your consent" })).toBeVisible();
  await expectAccessible(customer);
  await customer.getByRole("button", { name: "Withdraw my consent" }).click();
  await expect(customer.getByText(/Your consent is withdrawn/)).toBeVisible();

  embed = await page.request.get(embedPath);
  expect(embed.status()).toBe(200);
  expect(await embed.text()).not.toContain(quote);
  await page.reload();
  await expect(page.getByText(quote)).toHaveCount(0);
  await expect(page.getByText("No customer stories are shown yet.")).toBeVisible();

  // The team sees the withdrawal; the link cannot be used to publish it again.
  await page.goto(`/campaigns/${campaign.slug}/stories`);
  const withdrawnRow = page.getByTestId("story-row").filter({ hasText: quote });
  await expect(withdrawnRow).toContainText("Consent withdrawn");
  await expect(withdrawnRow.getByRole("button", { name: "Publish to the wall" })).toHaveCount(0);
  await customerContext.close();
});

test("the embed answers 404 while the campaign's public page is off", async ({ page }) => {
  const f = await factories();
  const comms = await f.createMember("COMMS");
  const campaign = await f.createCampaign(comms, { publicPage: false });
  const res = await page.request.get(`/embed/${comms.organizationSlug}/${campaign.slug}/stories`);
  expect(res.status()).toBe(404);
});
