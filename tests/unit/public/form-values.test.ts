import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { withFieldValues } from "@/lib/public/form-values";
import { PublicFeedbackForm } from "@/components/public/feedback-form";
import { FollowForm } from "@/components/public/follow-form";

// On the markup React really renders for the public forms.
const feedbackForm = () => renderToStaticMarkup(PublicFeedbackForm({ orgSlug: "acme", campaignSlug: "outage" }));
const followForm = () => renderToStaticMarkup(FollowForm({ orgSlug: "acme", campaignSlug: "outage" }));

// What a browser would take as each field's value (enough HTML parsing for these forms): a
// textarea's content up to the first </textarea>, minus the one newline the parser drops; an
// input's value attribute; entities decoded.
const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
function fieldValues(html: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const m of html.matchAll(/<textarea\b[^>]*\bname="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) values[m[1]] = decode(m[2].replace(/^\n/, ""));
  for (const m of html.matchAll(/<input\b[^>]*>/g)) {
    const name = m[0].match(/\bname="([^"]*)"/)?.[1];
    if (name) values[name] = decode(m[0].match(/\bvalue="([^"]*)"/)?.[1] ?? "");
  }
  return values;
}

describe("withFieldValues", () => {
  it("puts the message, name and contact back into the feedback form, escaped, and nothing into the trap", () => {
    const text = 'You charged me twice </textarea><script>alert(1)</script> & "never" answered.\nSecond line.';
    const html = withFieldValues(feedbackForm(), { text, name: 'Robin "R" <b>', contact: "@robin" });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    const values = fieldValues(html);
    expect(values).toMatchObject({ text, name: 'Robin "R" <b>', contact: "@robin", website: "" });
  });

  it("keeps a message that starts with a line break", () => {
    expect(fieldValues(withFieldValues(feedbackForm(), { text: "\nHello there, team." })).text).toBe("\nHello there, team.");
  });

  it("puts the address back into the follow form", () => {
    expect(fieldValues(withFieldValues(followForm(), { email: "robin@" })).email).toBe("robin@");
  });

  it("leaves the page as it was for a field it does not have, or a name that is not a plain field name", () => {
    const html = feedbackForm();
    expect(withFieldValues(html, { email: "x@y.z", 'text"': "x" })).toBe(html);
  });
});
