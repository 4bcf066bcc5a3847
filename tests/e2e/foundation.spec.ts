import { expect, expectAccessible, factories, signIn, test } from "./fixtures";

test("sign in through the form, wrong password refused, sign out", async ({ page }) => {
  const f = await factories();
  const member = await f.createMember("COMMS", undefined, { password: "a very long passphrase", name: "Casey Comms" });
  await page.goto("/sign-in");
  await expectAccessible(page);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await page.getByLabel("Password").fill("a very long passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/campaigns$/);
  await expect(page.getByTestId("whoami")).toContainText("Casey Comms");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/campaigns");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an admin invites a manager by link; the link works once", async ({ page, browser }) => {
  const f = await factories();
  const admin = await f.createMember("ADMIN");
  await signIn(page.context(), admin.userId);
  await page.goto("/settings/members");
  await expectAccessible(page);
  const email = `${f.uid("mgr-")}@example.test`;
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await page.getByRole("combobox", { name: "Role", exact: true }).selectOption("MANAGER");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toContain("/invite/");

  const guest = await browser.newContext();
  const invitee = await guest.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: /Join/ })).toBeVisible();
  await expectAccessible(invitee);
  await invitee.getByLabel("Your name").fill("Morgan Manager");
  await invitee.getByLabel("Choose a password").fill("promises kept with proof");
  await invitee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee).toHaveURL(/\/campaigns$/, { timeout: 20_000 });
  await expect(invitee.getByTestId("whoami")).toContainText("Morgan Manager · Manager");

  await invitee.context().clearCookies();
  await invitee.goto(link);
  await expect(invitee.getByText("already been used")).toBeVisible();
  await guest.close();

  await page.reload();
  await expect(page.getByTestId("member-row").filter({ hasText: email })).toContainText("Manager");
});

test("comms opens a campaign, sees field errors first, then the five-step stepper", async ({ page }) => {
  const f = await factories();
  const comms = await f.createMember("COMMS");
  await signIn(page.context(), comms.userId);
  await page.goto("/campaigns");
  await page.getByRole("link", { name: "New campaign" }).click();
  await expectAccessible(page);
  await page.getByLabel("Title").fill("Data leak of order history");
  await page.getByLabel("What happened").fill("too short");
  await page.getByRole("button", { name: "Open campaign" }).click();
  await expect(page.getByText("What happened needs at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Data leak of order history");

  await page.getByLabel("What happened").fill("A misconfigured export exposed 2,300 customers' order histories for six hours.");
  await page.getByLabel("When it happened (UTC)").fill("2026-10-01T08:00");
  await page.getByLabel("Affected audience").fill("2,300 customers whose order history was exposed");
  await page.getByRole("button", { name: "Open campaign" }).click();
  await expect(page).toHaveURL(/\/campaigns\/data-leak-of-order-history$/);
  await expect(page.getByRole("heading", { name: "Data leak of order history" })).toBeVisible();
  await expect(page.getByTestId("step-apology")).toContainText("No draft yet");
  await expect(page.getByTestId("step-listen")).toContainText("No feedback yet");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
});

test("an executive cannot open campaigns: no button, and the page refuses", async ({ page }) => {
  const f = await factories();
  const exec = await f.createMember("EXEC");
  await f.createCampaign(exec, { title: "Offensive ad campaign" });
  await signIn(page.context(), exec.userId);
  await page.goto("/campaigns");
  await expect(page.getByText("Offensive ad campaign")).toBeVisible();
  await expect(page.getByRole("link", { name: "New campaign" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await page.goto("/campaigns/new");
  await expect(page.getByRole("heading", { name: "You cannot open campaigns" })).toBeVisible();
  await page.goto("/settings/audit");
  await expect(page.getByRole("heading", { name: "Only admins can read the audit log" })).toBeVisible();
  await expectAccessible(page);
});

test("organizations are isolated: another organization's campaign is not found", async ({ page }) => {
  const f = await factories();
  const owner = await f.createMember("COMMS");
  const secret = await f.createCampaign(owner, { title: "Secret incident of org A" });
  const outsider = await f.createMember("ADMIN");
  await signIn(page.context(), outsider.userId);
  await page.goto("/campaigns");
  await expect(page.getByText("Secret incident of org A")).toHaveCount(0);
  const response = await page.goto(`/campaigns/${secret.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText("Secret incident");
});

test("a user in two organizations switches between them", async ({ page }) => {
  const f = await factories();
  const first = await f.createMember("COMMS");
  await f.createCampaign(first, { title: "Campaign in the first org" });
  const second = await f.createOrganization({ name: "Second Org" });
  await f.addMembership(second.id, first.userId, "EXEC");
  await signIn(page.context(), first.userId);
  await page.goto("/campaigns");
  await expect(page.getByText("Campaign in the first org")).toBeVisible();
  await page.getByLabel("Organization").selectOption({ label: "Second Org" });
  await expect(page.getByRole("heading", { name: "No campaigns yet" })).toBeVisible();
  await expect(page.getByTestId("whoami")).toContainText("Executive");
});

test("removing a member ends their session at once", async ({ page, browser }) => {
  const f = await factories();
  const admin = await f.createMember("ADMIN");
  const victim = await f.createMember("COMMS", { id: admin.organizationId }, { name: "Riley Removed" });
  const other = await browser.newContext();
  const victimPage = await other.newPage();
  await signIn(other, victim.userId);
  await victimPage.goto("/campaigns");
  await expect(victimPage.getByTestId("whoami")).toContainText("Riley Removed");

  await signIn(page.context(), admin.userId);
  await page.goto("/settings/members");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Remove Riley Removed" }).click();
  await expect(page.getByTestId("member-row").filter({ hasText: "Riley Removed" })).toHaveCount(0);

  await victimPage.goto("/campaigns");
  await expect(victimPage).toHaveURL(/\/sign-in/);
  await other.close();
});
