import { describe, expect, it } from "vitest";
import { confirmationMail, eventMail } from "@/lib/following/messages";

const page = { organizationName: "Acme & Sons", campaignTitle: "Charged twice <in March>", pageUrl: "https://acme.test/p/acme/march" };

describe("follower messages", () => {
  const event = {
    ...page,
    unsubscribeUrl: "https://acme.test/follow/unsubscribe/tok_123",
    event: { title: "Promise kept: <b>refunds</b>\nsent", summary: "All 18,400 refunds & fees.\n<script>x()</script>", createdAt: new Date("2026-03-20T10:00:00Z") },
  };

  it("an event: one-line subject, plain text with both links, RFC 8058 headers", () => {
    const mail = eventMail(event);
    expect(mail.subject).toBe("Promise kept: <b>refunds</b> sent");
    expect(mail.text).toContain("Acme & Sons posted an update on “Charged twice <in March>”, 20 Mar 2026:");
    expect(mail.text).toContain("All 18,400 refunds & fees.");
    expect(mail.text).toContain("See the page, with the proof: https://acme.test/p/acme/march");
    expect(mail.text).toContain("Stop following (one click, no sign-in): https://acme.test/follow/unsubscribe/tok_123");
    expect(mail.headers).toEqual({
      "List-Unsubscribe": "<https://acme.test/follow/unsubscribe/tok_123>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("an event: every quoted text is escaped in the HTML part", () => {
    const { html } = eventMail(event);
    expect(html).not.toMatch(/<script>|<b>|<in March>/);
    expect(html).toContain("&lt;script&gt;x()&lt;/script&gt;");
    expect(html).toContain("Acme &amp; Sons");
    expect(html).toContain('href="https://acme.test/follow/unsubscribe/tok_123"');
    expect(eventMail({ ...event, unsubscribeUrl: 'https://x.test/"><script>' }).html).not.toContain('"><script>');
  });

  it("an event without a summary has no empty paragraph", () => {
    const mail = eventMail({ ...event, event: { ...event.event, summary: "  " } });
    expect(mail.html).not.toContain('<p style="white-space:pre-wrap"></p>');
    expect(mail.text).not.toMatch(/\n\n\n/);
  });

  it("a confirmation: the link and how long it works, no unsubscribe header", () => {
    const mail = confirmationMail({ ...page, confirmUrl: "https://acme.test/follow/confirm/tok_456", validHours: 48 });
    expect(mail.subject).toBe("Confirm: follow “Charged twice <in March>” by email");
    expect(mail.text).toContain("within 48 hours:\nhttps://acme.test/follow/confirm/tok_456");
    expect(mail.text).toContain("If it was not you, ignore this message");
    expect(mail.html).toContain('href="https://acme.test/follow/confirm/tok_456"');
    expect(mail.html).toContain("Charged twice &lt;in March&gt;");
    expect(mail.headers).toEqual({});
  });
});
