import { expect, expectAccessible, factories, signIn, test } from "./fixtures";

test("filter and search the inbox, reply with the keyboard, and see the SLA figures move", async ({ page }) => {
  const f = await factories();
  const { createFeedback } = await import("@/tests/factories/feedback");
  const comms = await f.createMember("COMMS", undefined, { name: "Cleo Comms" });
  const campaign = await f.createCampaign(comms, { slaMinutes: 240 });
  const now = Date.now();
  await createFeedback(campaign, [
    { text: "Where is my refund? You charged me twice.", channel: "EMAIL", receivedAt: new Date(now - 60 * 60_000), authorName: "Grace Liu" },
    { text: "Checkout failed four times and I saw four pending charges.", channel: "SOCIAL", receivedAt: new Date(now - 30 * 60_000), authorName: "Kat B" },
    { text: "Thank you for the quick fix, the team was kind.", channel: "REVIEW", receivedAt: new Date(now - 10 * 60_000), authorName: "Chloe D" },
  ]);
  await signIn(page.context(), comms.userId);
  await page.goto(`/campaigns/${campaign.slug}/listen`);
  await expect(page.getByTestId("inbox-total")).toHaveText("3 items");
  await expect(page.getByTestId("sla-share")).toHaveText("no replies yet");
  await expectAccessible(page);

  await page.keyboard.press("/");
  await expect(page.locator("#inbox-q")).toBeFocused();
  await page.keyboard.type("refund");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("inbox-total")).toHaveText("1 item match");
  await expect(page.getByTestId("inbox-row")).toHaveCount(1);
  await page.getByLabel("Channel").selectOption("SOCIAL");
  await page.getByLabel("Search (press /)").fill("");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("inbox-row")).toHaveCount(1);
  await expect(page.getByTestId("inbox-row")).toContainText("four pending charges");
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page.getByTestId("inbox-total")).toHaveText("3 items");

  // Keyboard: focus the list, move down to the refund email (oldest, third), reply.
  await page.getByTestId("inbox-row").first().focus();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("r");
  await expect(page).toHaveURL(/#reply$/);
  await expect(page.getByLabel("Your reply")).toBeFocused();
  await page.keyboard.type("We are so sorry: we charged you twice and that was our mistake. The refund is on its way; write to care@example.com.");
  await expect(page.getByText("✓ Own the mistake")).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Reply recorded.")).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/campaigns/${campaign.slug}/listen`);
  await expect(page.getByTestId("sla-share")).toHaveText("100%");
  await expect(page.getByTestId("inbox-row").filter({ hasText: "Where is my refund" })).toContainText("responded");
});

test("a manager can read the inbox but not reply or triage", async ({ page }) => {
  const f = await factories();
  const { createFeedback } = await import("@/tests/factories/feedback");
  const manager = await f.createMember("MANAGER");
  const campaign = await f.createCampaign(manager);
  const [item] = await createFeedback(campaign, [{ text: "Nobody answered my complaint about the double charge." }]);
  await signIn(page.context(), manager.userId);
  await page.goto(`/campaigns/${campaign.slug}/listen`);
  await expect(page.getByTestId("inbox-row")).toHaveCount(1);
  await expect(page.getByRole("form", { name: "Bulk actions" })).toHaveCount(0);
  await page.goto(`/campaigns/${campaign.slug}/listen/${item.id}`);
  await expect(page.getByText("Nobody answered my complaint")).toBeVisible();
  await expect(page.getByLabel("Your reply")).toHaveCount(0);
  await expectAccessible(page);
});
