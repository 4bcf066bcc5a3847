import { readFile } from "node:fs/promises";
import { PDFParse } from "pdf-parse";
import { expect, expectAccessible, factories, signIn, test } from "./fixtures";

// The campaign of tests/integration/dashboard.test.ts (every figure worked out by hand there),
// dated relative to the moment the test runs.
async function team() {
  const f = await factories();
  const { createDashboardFixture } = await import("@/tests/factories/dashboard");
  const exec = await f.createMember("EXEC", undefined, { name: "Evelyn Exec" });
  const comms = await f.createMember("COMMS", { id: exec.organizationId }, { name: "Cleo Comms" });
  const fixture = await createDashboardFixture(exec, new Date(), { title: "Double charges in June" });
  return { exec, comms, ...fixture };
}

async function pdfText(buffer: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

test("the exec reads the campaign dashboard and downloads the board report, which holds the same figures", async ({ page }) => {
  const { exec, campaign } = await team();
  await signIn(page.context(), exec.userId);
  await page.goto("/campaigns");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByTestId("campaign-comparison")).toContainText("Double charges in June");
  await page.getByRole("link", { name: "Double charges in June" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}/dashboard$`));

  await expect(page.getByTestId("trust-index")).toHaveText("59");
  await expect(page.getByTestId("component-promiseKeeping")).toHaveText("40");
  await expect(page.getByTestId("attention")).toContainText("Overdue commitment: Publish the incident report");
  await expect(page.getByTestId("attention")).toContainText("No commitment covers impact");
  // The charts load in the browser; each keeps its caption and its data table.
  await expect(page.getByTestId("index-chart").locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("index-chart").locator("figcaption")).toContainText("The index rose to 59");
  await page.getByText("How is this computed?").click();
  await expect(page.getByRole("heading", { name: "How the Trust Recovery Index is calculated" })).toBeVisible();
  await expectAccessible(page);

  const figures: { label: string; value: string }[] = [];
  for (const card of await page.locator('[data-testid^="key-figure-"]:not([data-testid$="-value"])').all()) {
    figures.push({ label: (await card.locator("dt").innerText()).trim(), value: (await card.locator("dd").first().innerText()).trim() });
  }
  expect(figures.map((f) => f.label)).toContain("Trust Recovery Index");
  expect(figures.find((f) => f.label === "Trust Recovery Index")?.value).toBe("59");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pdf").click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^board-report-${campaign.slug}-.*\\.pdf$`));
  const text = await pdfText(await readFile((await download.path())!));
  expect(text).toContain("Board report: Double charges in June");
  expect(text).toMatch(/Figures computed \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2} UTC\./);
  expect(text).toContain("Trust Recovery Index: 59");
  for (const f of figures) expect(text).toContain(`${f.label} ${f.value}`);
  for (const c of await page.locator('[data-testid^="component-"]').allInnerTexts()) expect(text).toContain(c.trim());
});

test("the printable board report and the organization dashboard are accessible; comms is refused", async ({ page, browser }) => {
  const { exec, comms, campaign } = await team();
  await signIn(page.context(), exec.userId);
  await page.goto(`/campaigns/${campaign.slug}/dashboard/report`);
  await expect(page.getByRole("heading", { level: 1, name: "Board report: Double charges in June" })).toBeVisible();
  await expect(page.getByTestId("report-index")).toHaveText("59");
  await expect(page.getByTestId("report-computed-at")).toContainText("UTC");
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  await page.goto("/dashboard?sort=open&dir=desc");
  await expect(page.getByRole("columnheader", { name: /Open complaints/ })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByTestId("comparison-row").first()).toContainText("Double charges in June");
  await expect(page.getByTestId("comparison-index").first()).toHaveText("59");
  await expectAccessible(page);

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(context, comms.userId);
  await other.goto(`/campaigns/${campaign.slug}/dashboard`);
  await expect(other.getByText("The dashboard is for admins, managers and executives")).toBeVisible();
  await expect(other.getByTestId("trust-index")).toHaveCount(0);
  await expect(other.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  const refused = await other.request.get(`/campaigns/${campaign.slug}/dashboard/report.pdf`);
  expect(refused.status()).toBe(403);
  await context.close();
});
