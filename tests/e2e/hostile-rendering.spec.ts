// Customer text with markup, script and odd Unicode, shown where people read it: the inbox, an
// item, the stories page, the public page's story wall. Every payload of HOSTILE_TEXTS must arrive
// as text: never as markup in the HTML (the RSC data inlined in the page included), no element of
// its in the DOM, no script run (no dialog), and the words themselves visible.
import { expect, factories, signIn, test } from "./fixtures";

const INJECTED = [
  "img[src='x']", "svg[onload]", "iframe", "base[href]", "meta[http-equiv='refresh']", "details[ontoggle]", "input[onfocus]",
  "a[href^='javascript']", "form[action*='evil']", "link[href*='evil']", "script[src*='evil']",
];

test("hostile customer text is shown as text in the inbox, on an item, on the stories page and on the public story wall", async ({ page }) => {
  test.setTimeout(120_000);
  const f = await factories();
  const { createFeedback } = await import("@/tests/factories/feedback");
  const { createStory } = await import("@/tests/factories/stories");
  const { wellFormedText } = await import("@/lib/shared/well-formed");
  // As any request carries them: a lone surrogate has no UTF-8 form (the forms and API turn it
  // into U+FFFD before storing, which is what is seeded here).
  const HOSTILE_TEXTS = (await import("@/tests/support/hostile")).HOSTILE_TEXTS.map(wellFormedText);
  const comms = await f.createMember("COMMS");
  const campaign = await f.createCampaign(comms, { publicPage: true, title: "Hostile words" });
  const now = Date.now();
  const items = await createFeedback(
    campaign,
    HOSTILE_TEXTS.map((t, i) => ({ text: `${t} (item ${i})`, authorName: t.slice(0, 100) || "Pat", receivedAt: new Date(now - i * 60_000), externalId: `hostile-${i}` })),
  );
  // Newest first on the stories page: the <script> one is written last.
  for (const [i, t] of [...HOSTILE_TEXTS.entries()].reverse()) {
    await createStory(campaign, { quote: `${t} (story ${i})`, authorName: t.slice(0, 120), authorTitle: t.slice(0, 120), consentStatus: "GRANTED", isPublished: true, featuredOrder: i + 1 });
  }
  const scriptItem = items.find((it) => it.externalId === "hostile-0")!;
  expect(scriptItem.text).toBe("<script>alert(1)</script> (item 0)");

  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signIn(page.context(), comms.userId);
  const c = `/campaigns/${campaign.slug}`;
  const pages: [string, string][] = [
    [`${c}/listen`, "<script>alert(1)</script> (item 0)"],
    [`${c}/listen/${scriptItem.id}`, "<script>alert(1)</script> (item 0)"],
    [`${c}/stories`, "<script>alert(1)</script> (story 0)"],
    [`/p/${comms.organizationSlug}/${campaign.slug}`, "<script>alert(1)</script> (story 0)"],
  ];
  for (const [path, visible] of pages) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    const html = await res.text();
    for (const t of HOSTILE_TEXTS) if (/[<>]/.test(t)) expect(html, `${path} holds raw: ${t}`).not.toContain(t);

    await page.goto(path);
    await expect(page.getByText(visible).first()).toBeVisible();
    for (const selector of INJECTED) expect(await page.locator(selector).count(), `${path}: ${selector}`).toBe(0);
    // Only the app's own scripts: none written by a payload.
    const inline = await page.locator("script:not([src])").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
    for (const code of inline) expect(code, path).not.toMatch(/alert\(1\)<|<\/script>/);
  }
  expect(dialogs).toEqual([]);
});
