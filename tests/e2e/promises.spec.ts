import { expect, expectAccessible, factories, signIn, test } from "./fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");

async function team() {
  const f = await factories();
  const { createFeedback } = await import("@/tests/factories/feedback");
  const c = await import("@/tests/factories/commitments");
  const { db } = await import("@/lib/db");
  const manager = await f.createMember("MANAGER", undefined, { name: "Mia Manager" });
  const exec = await f.createMember("EXEC", { id: manager.organizationId }, { name: "Evelyn Exec" });
  const comms = await f.createMember("COMMS", { id: manager.organizationId }, { name: "Cleo Comms" });
  const campaign = await f.createCampaign(manager, { title: "Double charges in March", publicPage: true });
  return { f, db, createFeedback, c, manager, exec, comms, campaign };
}

test("a manager adds a file as evidence and marks the promise done; the exec sees it; comms sees who to tell", async ({ page, browser }) => {
  const { db, createFeedback, c, manager, exec, comms, campaign } = await team();
  const items = await createFeedback(campaign, [
    { text: "You charged me twice and my rent bounced.", authorName: "Grace Liu" },
    { text: "Double charged on the 3rd, nobody answers.", authorName: "Kat Brown" },
  ]);
  const theme = await c.createTheme(campaign, { label: "Charged twice", itemIds: items.map((i) => i.id) });
  const lesson = await c.createLesson(campaign, manager.userId, { themeIds: [theme.id], title: "Billing retries were not idempotent" });
  const commitment = await c.createCommitment(campaign, {
    title: "Stop duplicate charges for good", ownerId: manager.userId, lessonIds: [lesson.id], isPublic: true, trustElement: "COMPETENCE",
    dueDate: new Date(Date.now() + 5 * 86_400_000),
  });

  // The manager: evidence first (done is refused without it), then done.
  await signIn(page.context(), manager.userId);
  await page.goto(`/campaigns/${campaign.slug}/promises/${commitment.id}`);
  await expect(page.getByRole("heading", { name: "Stop duplicate charges for good" })).toBeVisible();
  await expect(page.getByTestId("commitment-chain")).toContainText("Billing retries were not idempotent");
  await expect(page.getByTestId("customer-voices")).toContainText("You charged me twice");
  await expectAccessible(page);

  await page.getByLabel("Status").selectOption("DONE");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByText(/Add at least one piece of evidence/).first()).toBeVisible();

  await page.getByLabel("Kind of evidence").selectOption("FILE");
  await page.getByLabel("File").setInputFiles({ name: "idempotency-report.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByLabel("Title").fill("Idempotency keys live on every charge");
  await page.getByLabel("Public evidence").check();
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByText("Evidence added.")).toBeVisible();
  await expect(page.getByTestId("evidence-list")).toContainText("Idempotency keys live on every charge");
  await expect(page.getByTestId("evidence-list")).toContainText("Added by Mia Manager");

  await page.reload();
  await page.getByLabel("Update", { exact: true }).fill("Shipped: every charge carries an idempotency key.");
  await page.getByLabel("Status").selectOption("DONE");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByText(/Marked done\. 2 “tell them” tasks created/)).toBeVisible();
  await expect(page.getByTestId("kept-on")).toBeVisible();
  await expect(page.getByTestId("timeline")).toContainText("Shipped: every charge carries an idempotency key.");
  await expectAccessible(page);

  // The exec sees it kept, with its evidence, and can download the file (members only).
  const execContext = await browser.newContext();
  const execPage = await execContext.newPage();
  await signIn(execContext, exec.userId);
  await execPage.goto(`/campaigns/${campaign.slug}/promises`);
  await expect(execPage.locator('[data-status="DONE"]')).toContainText("Stop duplicate charges for good");
  await expect(execPage.getByRole("link", { name: "New commitment" })).toHaveCount(0);
  await expectAccessible(execPage);
  await execPage.getByRole("link", { name: "Stop duplicate charges for good" }).click();
  await expect(execPage.getByTestId("evidence-list")).toContainText("Idempotency keys live on every charge");
  await expect(execPage.getByRole("button", { name: "Post update" })).toHaveCount(0);
  const href = await execPage.getByRole("link", { name: "Idempotency keys live on every charge" }).getAttribute("href");
  const served = await execPage.evaluate(async (url) => {
    const r = await fetch(url!);
    return { status: r.status, type: r.headers.get("content-type"), disposition: r.headers.get("content-disposition"), nosniff: r.headers.get("x-content-type-options"), size: (await r.arrayBuffer()).byteLength };
  }, href);
  expect(served).toMatchObject({ status: 200, type: "application/pdf", nosniff: "nosniff", size: PDF.byteLength });
  expect(served.disposition).toMatch(/^attachment; filename="idempotency-report.pdf"/);
  await expectAccessible(execPage);
  await execContext.close();

  // Comms: the people behind the promise, with a reply citing the evidence; telling one is recorded.
  const commsContext = await browser.newContext();
  const commsPage = await commsContext.newPage();
  await signIn(commsContext, comms.userId);
  await commsPage.goto(`/campaigns/${campaign.slug}/promises`);
  await expect(commsPage.getByTestId("tell-summary")).toContainText("2 customers to tell");
  await commsPage.getByRole("link", { name: "Open the “tell them” list" }).click();
  await expect(commsPage.getByTestId("task-total")).toHaveText("2 to tell");
  const tasks = commsPage.getByTestId("tell-tasks").locator(":scope > li");
  await expect(tasks).toHaveCount(2);
  const grace = tasks.filter({ hasText: "Grace Liu" });
  await expect(grace.getByLabel("Reply to send")).toHaveValue(/^Hi Grace,/);
  await expect(grace.getByLabel("Reply to send")).toHaveValue(/We promised: Stop duplicate charges for good/);
  await expect(grace.getByLabel("Reply to send")).toHaveValue(/- Idempotency keys live on every charge/);
  await expectAccessible(commsPage);
  await grace.getByRole("button", { name: "Mark as told" }).click();
  await expect(commsPage.getByTestId("task-total")).toHaveText("1 to tell");
  await commsPage.getByRole("link", { name: "Told", exact: true }).click();
  await expect(commsPage.getByTestId("tell-tasks")).toContainText("Told by Cleo Comms");
  expect(await db.auditEvent.count({ where: { organizationId: manager.organizationId, action: "loop.markTold" } })).toBe(1);
  await commsContext.close();
});

test("learn: accept a suggested theme, confirm its items, write the lesson and turn it into a promise", async ({ page, browser }) => {
  const { db, createFeedback, manager, comms, campaign } = await team();
  await createFeedback(campaign, [
    { text: "Still waiting for my refund after ten days." },
    { text: "Where is my refund? You promised it in three days." },
    { text: "The refund never arrived. Your email said it was processed." },
    { text: "No refund yet and nobody replies." },
    { text: "Customer support hung up on me twice." },
    { text: "I waited on hold for two hours and customer support never answered." },
    { text: "Customer support keeps sending the same canned reply." },
  ]);
  await db.feedbackItem.updateMany({ where: { campaignId: campaign.id }, data: { sentimentLabel: "NEGATIVE" } });

  await signIn(page.context(), comms.userId);
  await page.goto(`/campaigns/${campaign.slug}/learn`);
  await expect(page.getByRole("heading", { name: "No themes yet" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "See suggested themes" }).first().click();
  await expect(page.getByTestId("suggestions")).toContainText("Refund");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Accept “Refund”" }).click();
  await expect(page.getByRole("heading", { name: "Refund", level: 1 })).toBeVisible();
  await expect(page.getByTestId("unreviewed-count")).toHaveText("4");
  await page.getByLabel("Select all on this page").check();
  await page.getByRole("button", { name: /Confirm selected/ }).click();
  await expect(page.getByText("4 items confirmed.")).toBeVisible();
  await expect(page.getByTestId("unreviewed-count")).toHaveText("0");
  await expectAccessible(page);

  const managerContext = await browser.newContext();
  const m = await managerContext.newPage();
  await signIn(managerContext, manager.userId);
  await m.goto(`/campaigns/${campaign.slug}/learn`);
  await expect(m.getByTestId("theme-board")).toContainText("no lesson yet");
  await m.getByRole("link", { name: "Refund" }).click();
  await expect(m.getByRole("heading", { name: "Refund", level: 1 })).toBeVisible();
  await m.getByRole("link", { name: "Write a lesson" }).click();
  await m.getByRole("textbox", { name: "Lesson", exact: true }).fill("Refunds waited for a manual batch");
  await m.getByLabel("What we heard").fill("People waited ten days for refunds we had promised in three.");
  await m.getByLabel("Root cause").fill("Refunds were batched by hand once a week.");
  await m.getByLabel("What changes so it never happens again").fill("Refunds go out automatically within a day.");
  await m.getByText("Still waiting for my refund after ten days.").click();
  await expectAccessible(m);
  await m.getByRole("button", { name: "Save lesson" }).click();
  await expect(m.getByRole("heading", { name: "Refunds waited for a manual batch" })).toBeVisible();
  await expect(m.getByTestId("lesson-history")).toContainText("Written by Mia Manager");
  await m.getByRole("link", { name: "Make a commitment" }).click();
  await m.getByRole("textbox", { name: "Commitment", exact: true }).fill("Refund within one business day, automatically");
  await m.getByLabel("Due date (UTC)").fill("2030-01-31");
  await m.getByLabel(/^Impact/).check();
  await expectAccessible(m);
  await m.getByRole("button", { name: "Make the commitment" }).click();
  await expect(m.getByRole("heading", { name: "Refund within one business day, automatically" })).toBeVisible();
  await expect(m.getByTestId("commitment-chain")).toContainText("Refunds waited for a manual batch");
  await expect(m.getByTestId("customer-voices")).toContainText("Still waiting for my refund");
  await m.goto(`/campaigns/${campaign.slug}/promises`);
  await expect(m.locator('[data-element="IMPACT"]')).toContainText("1 commitment");
  await expect(m.locator('[data-element="MOTIVE"]')).toContainText("none yet");
  await m.getByRole("link", { name: "Table" }).click();
  await expect(m.getByTestId("commitment-table")).toContainText("Refund within one business day");
  await expectAccessible(m);
  await m.setViewportSize({ width: 390, height: 844 });
  await m.goto("/my-commitments");
  await expect(m.getByTestId("my-waiting")).toContainText("Refund within one business day");
  await expectAccessible(m);
  await managerContext.close();
});
