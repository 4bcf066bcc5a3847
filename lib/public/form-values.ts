// Puts what a person typed back into a form of a rendered public page, for the answer to a refused
// post (lib/public/form-post.ts): the public pages are static HTML without scripts, so the form
// cannot keep the text itself, and a message of 5,000 characters must not be lost because the
// server refused it (too many from one address, a rule the browser does not check). Pure.
//
// Works on the markup React renders for our own fields (components/public/*-form.tsx): a
// <textarea name="…"> whose content is replaced, an <input name="…"> that gets a value attribute.
// Every value is escaped for HTML text and attributes.
import { escapeHtml } from "@/lib/shared/escape-html";

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function withFieldValues(html: string, values: Record<string, string>): string {
  let out = html;
  for (const [name, value] of Object.entries(values)) {
    if (!FIELD_NAME.test(name)) continue;
    const textarea = new RegExp(`(<textarea\\b[^>]*\\bname="${name}"[^>]*>)[\\s\\S]*?(</textarea>)`);
    // The HTML parser drops one newline right after <textarea>: a text that starts with one keeps it.
    const text = (value.startsWith("\n") ? "\n" : "") + escapeHtml(value);
    if (textarea.test(out)) {
      out = out.replace(textarea, (_m, open: string, close: string) => `${open}${text}${close}`);
      continue;
    }
    const input = new RegExp(`<input\\b(?=[^>]*\\bname="${name}")[^>]*?/?>`);
    out = out.replace(input, (tag) => {
      const end = tag.endsWith("/>") ? "/>" : ">";
      const open = tag.slice(0, tag.length - end.length).replace(/\svalue="[^"]*"/, "").trimEnd();
      return `${open} value="${escapeHtml(value)}"${end}`;
    });
  }
  return out;
}
