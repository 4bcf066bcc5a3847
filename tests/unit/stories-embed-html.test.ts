import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EMBED_CSS, embedHeaders, escapeHtml, renderEmbedDocument } from "@/lib/stories/embed-html";
import { INCENTIVE_DISCLOSURE, type PublicStory } from "@/lib/stories/public-story";

const story = (o: Partial<PublicStory> = {}): PublicStory => ({
  id: "s1",
  authorName: "Ana",
  authorTitle: "Customer since 2019",
  quote: "They fixed it the same day. Great people.",
  excerpt: null,
  sourceUrl: null,
  channel: "Review",
  rating: null,
  incentivized: false,
  publishedAt: new Date("2026-03-05T10:00:00Z"),
  ...o,
});

const render = (stories: PublicStory[]) =>
  renderEmbedDocument({ organizationName: "Acme & Co", campaignTitle: "Double charges", publicPageUrl: "https://app.example/p/acme/x", stories });

describe("embeddable wall document", () => {
  it("escapes every text a customer or the team wrote", () => {
    const html = render([story({ authorName: "<script>alert(1)</script>", quote: `"><img src=x onerror=alert(1)>`, authorTitle: "O'Brien & Sons", channel: "<b>x</b>" })]);
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("O&#39;Brien &amp; Sons");
    expect(html).toContain("Acme &amp; Co");
  });

  it("has no script, and links only to http(s) sources, in a new tab without referrer", () => {
    const html = render([story({ sourceUrl: "javascript:alert(1)" }), story({ id: "s2", sourceUrl: "https://reviews.example/r/1" })]);
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    expect(html.match(/See the original/g)).toHaveLength(1);
    expect(html).toContain('href="https://reviews.example/r/1" target="_blank" rel="noopener noreferrer nofollow"');
  });

  it("marks an excerpt, shows … where cut, and keeps the full words", () => {
    const html = render([story({ excerpt: "fixed it the same day" })]);
    expect(html).toContain("<blockquote>…fixed it the same day…</blockquote>");
    expect(html).toContain('<p class="mark">Excerpt</p>');
    expect(html).toContain("<summary>Read the full words</summary><p>They fixed it the same day. Great people.</p>");
  });

  it("shows the compensation disclosure next to an incentivized story, and a rating in words", () => {
    const html = render([story({ incentivized: true, rating: 4 })]);
    expect(html).toContain(INCENTIVE_DISCLOSURE);
    expect(html).toContain("Rated 4 out of 5");
    expect(render([story()])).not.toContain(INCENTIVE_DISCLOSURE);
  });

  it("says so when there is nothing to show", () => {
    expect(render([])).toContain("No customer stories are shown yet.");
  });

  it("allows its inline style by hash only, and framing by 'self' plus the listed origins", () => {
    const csp = embedHeaders(["https://www.example.com"])["Content-Security-Policy"];
    const hash = createHash("sha256").update(EMBED_CSS).digest("base64");
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'self' https://www.example.com");
    expect(csp).not.toContain("script-src");
    expect(render([])).toContain(`<style>${EMBED_CSS}</style>`);
  });

  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
