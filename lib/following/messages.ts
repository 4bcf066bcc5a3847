import { escapeHtml } from "@/lib/shared/escape-html";
import { formatDate } from "@/lib/shared/format";

// The two messages a follower can get, as a plain-text part and an HTML part. Pure. Only public
// information goes in — the organization, the campaign's title, the event as the feed shows it —
// and every text is escaped in the HTML part.

export type MailContent = { subject: string; text: string; html: string; headers: Record<string, string> };

// Subjects are one line whatever a title holds.
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

function htmlDocument(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>` +
    `<body style="margin:0;padding:24px;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:16px;line-height:1.5;color:#1c1917;background:#ffffff">` +
    `<div style="max-width:560px;margin:0 auto">${body}</div></body></html>`;
}

const link = (href: string, label: string) => `<a href="${escapeHtml(href)}" style="color:#7c4a03">${escapeHtml(label)}</a>`;

export function confirmationMail(input: {
  organizationName: string;
  campaignTitle: string;
  pageUrl: string;
  confirmUrl: string;
  validHours: number;
}): MailContent {
  const { organizationName: org, campaignTitle: title } = input;
  const subject = oneLine(`Confirm: follow “${title}” by email`);
  const text = [
    `Someone, hopefully you, asked to follow ${org}'s page “${title}” by email.`,
    "",
    `To confirm, open this link within ${input.validHours} hours:`,
    input.confirmUrl,
    "",
    "If it was not you, ignore this message: without a confirmation nothing more is sent to this address.",
    "",
    `The page: ${input.pageUrl}`,
  ].join("\n");
  const html = htmlDocument(subject, [
    `<p>Someone, hopefully you, asked to follow ${escapeHtml(org)}'s page “${escapeHtml(title)}” by email.</p>`,
    `<p>${link(input.confirmUrl, "Confirm that I want to follow this page")}</p>`,
    `<p>The link works for ${input.validHours} hours. If it was not you, ignore this message: without a confirmation nothing more is sent to this address.</p>`,
    `<p style="color:#57534e;font-size:14px">The page: ${link(input.pageUrl, input.pageUrl)}</p>`,
  ].join(""));
  return { subject, text, html, headers: {} };
}

export function eventMail(input: {
  organizationName: string;
  campaignTitle: string;
  pageUrl: string;
  unsubscribeUrl: string;
  event: { title: string; summary: string; createdAt: Date };
}): MailContent {
  const { organizationName: org, campaignTitle: title, event } = input;
  const subject = oneLine(event.title);
  const summary = event.summary.trim();
  const text = [
    `${org} posted an update on “${title}”, ${formatDate(event.createdAt)}:`,
    "",
    event.title,
    ...(summary ? ["", summary] : []),
    "",
    `See the page, with the proof: ${input.pageUrl}`,
    "",
    "-- ",
    "You get this message because you follow this page by email.",
    `Stop following (one click, no sign-in): ${input.unsubscribeUrl}`,
  ].join("\n");
  const html = htmlDocument(subject, [
    `<p style="color:#57534e">${escapeHtml(org)} posted an update on “${escapeHtml(title)}”, ${escapeHtml(formatDate(event.createdAt))}:</p>`,
    `<h1 style="font-size:20px;line-height:1.3;margin:16px 0 8px">${escapeHtml(event.title)}</h1>`,
    summary ? `<p style="white-space:pre-wrap">${escapeHtml(summary)}</p>` : "",
    `<p>${link(input.pageUrl, "See the page, with the proof")}</p>`,
    `<hr style="border:none;border-top:1px solid #d6d3d1;margin:24px 0">`,
    `<p style="color:#57534e;font-size:14px">You get this message because you follow this page by email. ${link(input.unsubscribeUrl, "Stop following")}: one click, no sign-in.</p>`,
  ].join(""));
  // RFC 8058: mail clients may offer their own "unsubscribe" button, which POSTs to this URL.
  const headers = { "List-Unsubscribe": `<${input.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
  return { subject, text, html, headers };
}
