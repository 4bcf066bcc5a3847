import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, expectAccessible, factories, signIn, test } from "./fixtures";

const FIXTURE = path.resolve("tests/fixtures/feedback-import-small.csv");

test("comms uploads a CSV, maps the columns, watches it run, and downloads the rejected rows", async ({ page }) => {
  const f = await factories();
  const comms = await f.createMember("COMMS", undefined, { name: "Cleo Comms" });
  const campaign = await f.createCampaign(comms, { title: "Double charges in March" });
  await signIn(page.context(), comms.userId);

  await page.goto(`/campaigns/${campaign.slug}/listen/import`);
  await expect(page.getByRole("heading", { name: "No imports yet" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("CSV file").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}/listen/import/[^/]+$`));
  await expect(page.getByRole("heading", { name: "feedback-import-small.csv" })).toBeVisible();
  const preview = page.getByRole("region", { name: "Preview of the file" });
  await expect(preview).toContainText("I was billed twice for order 88213");
  await expect(page.getByText("7 rows, separated by commas")).toBeVisible();
  await expectAccessible(page);

  // Guessed from the header: author, channel and link. The rest is chosen by hand.
  await expect(page.getByLabel("Author")).toHaveValue("Customer");
  await expect(page.getByLabel("Channel")).toHaveValue("column:Source");
  await page.getByLabel("Feedback text").selectOption("What they said");
  await page.getByLabel("Received at").selectOption("Posted");
  await page.getByLabel("External id").selectOption("Ticket");
  await page.getByLabel("Time zone of the dates").selectOption("Europe/Berlin");

  await page.getByLabel("Save these columns as").fill("Help desk export");
  await page.getByRole("button", { name: "Save columns" }).click();
  await expect(page.getByText('Saved these columns as "Help desk export".')).toBeVisible();
  await expect(page.getByLabel("Feedback text")).toHaveValue("What they said");

  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Import complete.", { timeout: 30_000 });
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("value", "100");
  await expect(page.getByTestId("count-rows")).toHaveText("7");
  await expect(page.getByTestId("count-created")).toHaveText("4");
  await expect(page.getByTestId("count-duplicates")).toHaveText("1");
  await expect(page.getByTestId("count-rejected")).toHaveText("2");
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download rejected rows (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("rejected-feedback-import-small.csv");
  const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("row,reason,raw");
  expect(lines[1]).toMatch(/^7,".*ambiguous.*","HD-105,03\/04\/2025 10:00,Jonas,/);
  expect(lines[2]).toMatch(/^8,The text is empty\.,"HD-106,2025-03-05 09:00,Anonymous,Survey,,"$/);

  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);

  await page.getByRole("link", { name: "Import another file" }).click();
  const row = page.getByTestId("import-row").filter({ hasText: "feedback-import-small.csv" });
  await expect(row).toContainText("Completed");
  await expect(row).toContainText("4");

  // The saved columns are offered for the next file.
  await page.getByLabel("CSV file").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await page.getByLabel("Use saved columns").selectOption({ label: "Help desk export" });
  await expect(page.getByLabel("Feedback text")).toHaveValue("What they said");
  await expect(page.getByLabel("Time zone of the dates")).toHaveValue("Europe/Berlin");
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Import complete.", { timeout: 30_000 });
  await expect(page.getByTestId("count-created")).toHaveText("0");
  await expect(page.getByTestId("count-duplicates")).toHaveText("5");
});

test("a manager sees imports but cannot upload, and another organization's import is not found", async ({ page }) => {
  const f = await factories();
  const comms = await f.createMember("COMMS");
  const campaign = await f.createCampaign(comms);
  const manager = await f.createMember("MANAGER", { id: comms.organizationId });
  await signIn(page.context(), manager.userId);
  await page.goto(`/campaigns/${campaign.slug}/listen/import`);
  await expect(page.getByRole("heading", { name: "Import feedback" })).toBeVisible();
  await expect(page.getByLabel("CSV file")).toHaveCount(0);
  await expect(page.getByText("Your communications team imports CSV files")).toBeVisible();
  await expectAccessible(page);

  const { db } = await import("@/lib/db");
  const job = await db.importJob.create({
    data: { organizationId: comms.organizationId, campaignId: campaign.id, createdById: comms.userId, fileName: "secret.csv", mapping: {}, status: "COMPLETED", rejectedCount: 1 },
  });
  const outsider = await f.createMember("ADMIN");
  await signIn(page.context(), outsider.userId);
  const res = await page.goto(`/campaigns/${campaign.slug}/listen/import/${job.id}`);
  expect(res?.status()).toBe(404);
  const rejections = await page.request.get(`/campaigns/${campaign.slug}/listen/import/${job.id}/rejections`);
  expect(rejections.status()).toBe(404);
  const progress = await page.request.get(`/campaigns/${campaign.slug}/listen/import/${job.id}/progress`);
  expect(progress.status()).toBe(404);
});

// From 5,000 rows the server scores sentiment in a worker thread (lib/feedback/import/sentiment-
// worker.mjs, started from the source tree beside the build): the import completes and every item
// holds the sentiment any other arrival would get.
test("a file of 6,000 rows imports with its sentiment scored in the server's worker thread", async ({ page }) => {
  const f = await factories();
  const comms = await f.createMember("COMMS");
  const campaign = await f.createCampaign(comms);
  await signIn(page.context(), comms.userId);
  const said = ["Terrible service and nobody answers", "Thank you so much for the quick refund", "Where is my money", "Not good at all"];
  const csv = ["id,date,message", ...Array.from({ length: 6_000 }, (_, i) => `L-${i},2026-03-01T10:00:00Z,${said[i % said.length]} (${i})`)].join("\n");

  await page.goto(`/campaigns/${campaign.slug}/listen/import`);
  await page.getByLabel("CSV file").setInputFiles({ name: "large.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByText("6,000 rows, separated by commas")).toBeVisible();
  await page.getByLabel("Feedback text").selectOption("message");
  await page.getByLabel("Received at").selectOption("date");
  await page.getByLabel("External id").selectOption("id");
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByTestId("import-status")).toHaveText("Import complete.", { timeout: 60_000 });
  await expect(page.getByTestId("count-created")).toHaveText("6,000");

  const { db } = await import("@/lib/db");
  const { scoreSentiment } = await import("@/lib/feedback/sentiment");
  const items = await db.feedbackItem.findMany({ where: { campaignId: campaign.id }, select: { text: true, sentimentScore: true, sentimentLabel: true } });
  expect(items).toHaveLength(6_000);
  for (const item of items) expect({ score: item.sentimentScore, label: item.sentimentLabel }, item.text).toEqual(scoreSentiment(item.text));
});
