import { baseUrl, expect, expectAccessible, factories, signIn, test } from "./fixtures";

test("an admin creates an API token, copies it, sees it listed and used, then revokes it", async ({ page, context }) => {
  const f = await factories();
  const admin = await f.createMember("ADMIN", undefined, { name: "Ada Admin" });
  const campaign = await f.createCampaign(admin);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
  await signIn(context, admin.userId);

  await page.goto("/campaigns");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API tokens" }).click();
  await expect(page).toHaveURL(/\/settings\/api-tokens$/);
  await expect(page.getByText("No tokens yet.")).toBeVisible();
  await expectAccessible(page);

  const name = `Brandwatch ${f.uid()}`;
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await expect(page.getByRole("checkbox", { name: /feedback:write/ })).toBeChecked();
  await page.getByRole("checkbox", { name: /feedback:read/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();

  const tokenField = page.getByTestId("api-token-value");
  await expect(tokenField).toHaveValue(/^ks_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
  const token = await tokenField.inputValue();
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByRole("button", { name: "Copied", exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await expectAccessible(page);

  const row = page.getByTestId("api-token-row").filter({ hasText: name });
  await expect(row).toContainText(`ks_${token.slice(3, 11)}_…`);
  await expect(row).toContainText("feedback:write");
  await expect(row).toContainText("feedback:read");
  await expect(row).toContainText("Created by Ada Admin");
  await expect(row).toContainText("never used");
  await expect(row).toContainText("Active");
  await expect(row).not.toContainText(token.slice(12));

  // The token works against the API, and the list then shows when it was last used.
  const headers = { Authorization: `Bearer ${token}` };
  const sent = await page.request.post(`/api/v1/campaigns/${campaign.slug}/feedback`, {
    headers,
    data: { text: "The outage cost us a day of sales.", externalId: "e2e-1", channel: "REVIEW" },
  });
  expect(sent.status()).toBe(201);
  expect(await sent.json()).toEqual({ created: 1, duplicates: 0 });
  await page.reload();
  await expect(row).toContainText("last used");
  // Shown once: after a reload the secret is nowhere on the page.
  await expect(page.getByTestId("api-token-value")).toHaveCount(0);

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);
  const refused = await page.request.get(`/api/v1/campaigns/${campaign.slug}/feedback`, { headers });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  await expectAccessible(page);
});

test("members other than admins do not see API tokens", async ({ page }) => {
  const f = await factories();
  const comms = await f.createMember("COMMS");
  await signIn(page.context(), comms.userId);
  await page.goto("/campaigns");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API tokens" })).toHaveCount(0);
  await page.goto("/settings/api-tokens");
  await expect(page.getByRole("heading", { name: "Only admins can manage API tokens" })).toBeVisible();
});

test("the sign-in form says to wait after ten attempts", async ({ page }) => {
  const f = await factories();
  const member = await f.createMember("COMMS", undefined, { password: "the right long passphrase" });
  // Its own client address, so this test's attempts do not count against other tests' sign-ins.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250) + 1}` });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(member.email);
  for (let i = 0; i < 10; i++) {
    await page.getByLabel("Password").fill(`wrong guess number ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill("the right long passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Too many sign-in attempts. Please wait a few minutes and try again.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
