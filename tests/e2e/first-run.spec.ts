import { expect, expectAccessible, test } from "./fixtures";

test("first run: an empty instance asks for the organization and its first admin, then closes", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up Kintsugi" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Organization name").fill("Acme Outdoor");
  await page.getByLabel("Your name").fill("Avery Admin");
  await page.getByLabel("Email").fill("avery@acme.test");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  // What was typed is still there after the refusal.
  await expect(page.getByLabel("Organization name")).toHaveValue("Acme Outdoor");

  await page.getByLabel("Password").fill("mended with gold seams");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(/\/campaigns$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "No campaigns yet" })).toBeVisible();
  await expect(page.getByTestId("whoami")).toContainText("Avery Admin · Admin");
  await expectAccessible(page);

  // No second setup: the page now sends people to sign in.
  await page.context().clearCookies();
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectAccessible(page);
});
