// The embeddable story wall: one small, self-contained HTML document for an iframe. Pure.
// No script at all; inline CSS allowed by its hash only; every text escaped.
import { createHash } from "node:crypto";
import { ELLIPSIS } from "@/lib/stories/excerpt";
import { authorLabel, INCENTIVE_DISCLOSURE, ratingLabel, ratingStars, safeSourceUrl, storyParts, type PublicStory } from "@/lib/stories/public-story";
import { frameAncestors } from "@/lib/stories/framing-origins";
import { escapeHtml } from "@/lib/shared/escape-html";

export type EmbedTheme = "auto" | "light" | "dark";

export { escapeHtml };

const LIGHT = "--bg:#ffffff;--fg:#1c1a16;--muted:#5b564c;--border:#d8d2c4;--gold:#8a6508;--card:#faf8f3";
const DARK = "--bg:#15140f;--fg:#f2eee4;--muted:#b9b2a2;--border:#4a4537;--gold:#e6bf57;--card:#1f1d17";

export const EMBED_CSS = [
  `:root{${LIGHT};color-scheme:light}`,
  `@media (prefers-color-scheme:dark){:root:not(.light){${DARK};color-scheme:dark}}`,
  `:root.dark{${DARK};color-scheme:dark}`,
  "*{box-sizing:border-box}",
  "body{margin:0;padding:12px;background:var(--bg);color:var(--fg);font:15px/1.5 ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}",
  "h1{font-size:1rem;margin:0 0 12px}",
  "ul{list-style:none;margin:0;padding:0;display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(260px,1fr))}",
  "li{background:var(--card);border:1px solid var(--border);border-radius:8px;padding:14px}",
  "blockquote{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}",
  ".mark{color:var(--muted);font-size:.8rem}",
  ".stars{color:var(--gold);letter-spacing:1px;margin:0 0 6px}",
  "figcaption{margin-top:8px;font-weight:600}",
  "figcaption span{display:block;font-weight:400;color:var(--muted);font-size:.85rem}",
  "figure{margin:0}",
  "details{margin-top:6px;font-size:.85rem}",
  "details p{white-space:pre-wrap;overflow-wrap:anywhere}",
  ".disclosure{margin:8px 0 0;font-size:.85rem;font-weight:600}",
  ".meta{margin:6px 0 0;font-size:.8rem;color:var(--muted)}",
  "a{color:inherit}",
  "footer{margin-top:12px;font-size:.8rem;color:var(--muted)}",
  ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
].join("");

const STYLE_HASH = `'sha256-${createHash("sha256").update(EMBED_CSS).digest("base64")}'`;

// The headers of every embed response. frame-ancestors lists who may frame it; nothing else may
// load: no script, no image, no form, no base.
export function embedHeaders(origins: string[]): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": [
      "default-src 'none'",
      `style-src ${STYLE_HASH}`,
      "base-uri 'none'",
      "form-action 'none'",
      `frame-ancestors ${frameAncestors(origins)}`,
    ].join("; "),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  };
}

function storyItem(s: PublicStory): string {
  const parts = storyParts(s);
  const shown = `${parts.cutBefore ? ELLIPSIS : ""}${parts.text}${parts.cutAfter ? ELLIPSIS : ""}`;
  const rating = ratingLabel(s.rating);
  const source = safeSourceUrl(s.sourceUrl);
  const lines = [
    rating && s.rating !== null ? `<p class="stars"><span aria-hidden="true">${ratingStars(s.rating)}</span><span class="sr">${escapeHtml(rating)}</span></p>` : "",
    "<figure>",
    `<blockquote>${escapeHtml(shown)}</blockquote>`,
    parts.isExcerpt ? `<p class="mark">Excerpt</p><details><summary>Read the full words</summary><p>${escapeHtml(s.quote)}</p></details>` : "",
    `<figcaption>${escapeHtml(authorLabel(s))}${s.authorTitle ? `<span>${escapeHtml(s.authorTitle)}</span>` : ""}</figcaption>`,
    "</figure>",
    s.incentivized ? `<p class="disclosure">${escapeHtml(INCENTIVE_DISCLOSURE)}</p>` : "",
    source || s.channel
      ? `<p class="meta">${s.channel ? `via ${escapeHtml(s.channel)}` : ""}${source && s.channel ? " · " : ""}${source ? `<a href="${escapeHtml(source)}" target="_blank" rel="noopener noreferrer nofollow">See the original<span class="sr"> (opens in a new tab)</span></a>` : ""}</p>`
      : "",
  ];
  return `<li>${lines.join("")}</li>`;
}

function documentShell(title: string, theme: EmbedTheme, body: string): string {
  const cls = theme === "auto" ? "" : ` class="${theme}"`;
  return `<!doctype html><html lang="en"${cls}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${EMBED_CSS}</style></head><body><main>${body}</main></body></html>`;
}

export function renderEmbedDocument(input: {
  organizationName: string;
  campaignTitle: string;
  publicPageUrl: string;
  stories: PublicStory[];
  theme?: EmbedTheme;
}): string {
  const title = `What customers say about ${input.organizationName}`;
  const list = input.stories.length
    ? `<ul>${input.stories.map(storyItem).join("")}</ul>`
    : `<p>No customer stories are shown yet.</p>`;
  const footer = `<footer>Shared with each customer's consent. <a href="${escapeHtml(input.publicPageUrl)}" target="_blank" rel="noopener">${escapeHtml(input.organizationName)}: ${escapeHtml(input.campaignTitle)}<span class="sr"> (opens in a new tab)</span></a></footer>`;
  return documentShell(title, input.theme ?? "auto", `<h1>${escapeHtml(title)}</h1>${list}${footer}`);
}

export function renderEmbedNotFound(): string {
  return documentShell("Not found", "auto", "<h1>Not found</h1><p>There is no public story wall at this address.</p>");
}
