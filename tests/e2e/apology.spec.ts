import type { Page } from "@playwright/test";
import { expect, expectAccessible, factories, signIn, test } from "./fixtures";

async function team() {
  const f = await factories();
  const comms = await f.createMember("COMMS", undefined, { name: "Cleo Comms" });
  const exec = await f.createMember("EXEC", { id: comms.organizationId }, { name: "Evelyn Exec" });
  const campaign = await f.createCampaign(comms, {
    title: "Double charges in March",
    summary: "A billing bug charged 18,400 subscribers twice for their March subscription.",
  });
  return { f, comms, exec, campaign };
}

const draft = (page: Page) => page.getByLabel(/^Draft:/);
const saved = (page: Page) => expect(page.getByTestId("save-status")).toContainText(/Saved as version \d+/, { timeout: 15_000 });

// The review panel learns of a new version from the refresh that follows the save, a moment after
// "Saved as version N" shows: submit that version, once its button is there (clicking whichever
// "Submit version …" button was there first could submit the version before).
async function submitSaved(page: Page) {
  const n = /Saved as version (\d+)/.exec((await page.getByTestId("save-status").textContent()) ?? "")?.[1];
  expect(n, "a saved version number").toBeTruthy();
  await page.getByRole("button", { name: `Submit version ${n} for review` }).click();
}

test("draft with live findings, fix them, submit, approve, publish, then a dated revision", async ({ page, browser }) => {
  const { comms, exec, campaign } = await team();
  await signIn(page.context(), comms.userId);
  await page.goto(`/campaigns/${campaign.slug}/apology`);
  await expect(page.getByRole("heading", { name: "No apology drafted yet" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add variant" }).click();
  await expect(draft(page)).toBeVisible();

  await draft(page).fill("Mistakes were made and we regret any inconvenience.");
  const findings = page.getByTestId("findings");
  await expect(findings.locator('[data-rule="passive-evasion"]')).toBeVisible();
  await expect(findings.locator('[data-rule="minimizing"]')).toBeVisible();
  await expect(page.locator('mark[data-rule="passive-evasion"]')).toHaveText("Mistakes were made");
  await expect(page.locator('mark[data-rule="minimizing"]')).toHaveText("any inconvenience");
  await expectAccessible(page);

  await findings.locator('[data-rule="passive-evasion"]').getByRole("button", { name: /Replace with/ }).click();
  await findings.locator('[data-rule="minimizing"]').getByRole("button", { name: /Replace with/ }).click();
  await expect(findings.locator('[data-rule="passive-evasion"]')).toHaveCount(0);
  await expect(findings.locator('[data-rule="minimizing"]')).toHaveCount(0);
  await draft(page).press("End");
  await draft(page).pressSequentially(" We are sorry. We charged you twice in March; we have refunded every charge. Write to care@example.com.");
  await saved(page);
  await submitSaved(page);
  await expect(page.getByText("Submitted for review.")).toBeVisible();

  const execContext = await browser.newContext();
  const execPage = await execContext.newPage();
  await signIn(execContext, exec.userId);
  await execPage.goto(`/campaigns/${campaign.slug}/apology`);
  await expect(draft(execPage)).toHaveValue(/We made mistakes/);
  await execPage.getByRole("button", { name: /Approve version/ }).click();
  await expect(execPage.getByText(/Version \d+ approved/)).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: /^Publish version/ }).click();
  await expect(page.getByText("Published.")).toBeVisible();
  await expect(page.getByTestId("publications")).toContainText("first publication");

  // A later edit goes through review again and is published as a dated revision.
  await draft(page).press("End");
  await draft(page).pressSequentially(" Update: all refunds have arrived.");
  await saved(page);
  await expect(page.getByText("Revision pending")).toBeVisible();
  await submitSaved(page);
  await expect(page.getByText("Submitted for review.")).toBeVisible();
  await execPage.reload();
  await execPage.getByRole("button", { name: /Approve version/ }).click();
  await expect(execPage.getByText(/Version \d+ approved/)).toBeVisible();
  await page.reload();
  await page.getByLabel("What changed in this revision").fill("Added that all refunds have arrived.");
  await page.getByRole("button", { name: /Publish revision/ }).click();
  await expect(page.getByText("Revision published, dated, with what changed.")).toBeVisible();
  await expect(page.getByTestId("publications").locator("li")).toHaveCount(2);
  await expect(page.getByTestId("publications")).toContainText("Added that all refunds have arrived.");
  await expectAccessible(page);
  await execContext.close();
});

test("two people editing the same draft: the second save is a conflict and keeps its text", async ({ page, browser }) => {
  const { f, comms, campaign } = await team();
  const other = await f.createMember("COMMS", { id: comms.organizationId }, { name: "Sam Second" });
  await signIn(page.context(), comms.userId);
  await page.goto(`/campaigns/${campaign.slug}/apology`);
  await page.getByRole("button", { name: "Add variant" }).click();
  await draft(page).fill("We are sorry for charging you twice.");
  await saved(page);

  const second = await browser.newContext();
  const secondPage = await second.newPage();
  await signIn(second, other.userId);
  await secondPage.goto(`/campaigns/${campaign.slug}/apology`);
  await expect(draft(secondPage)).toHaveValue("We are sorry for charging you twice.");

  await draft(page).fill("We are sorry for charging you twice. Refunds are on the way.");
  await saved(page);

  await draft(secondPage).fill("We apologize: our billing bug charged you twice.");
  await expect(secondPage.getByTestId("conflict")).toBeVisible({ timeout: 15_000 });
  await expect(secondPage.getByTestId("their-text")).toHaveText("We are sorry for charging you twice. Refunds are on the way.");
  await expect(draft(secondPage)).toHaveValue("We apologize: our billing bug charged you twice.");
  await expectAccessible(secondPage);

  await secondPage.getByRole("button", { name: /Save mine as version/ }).click();
  await expect(secondPage.getByTestId("save-status")).toContainText("Saved as version 3");
  await second.close();
});
