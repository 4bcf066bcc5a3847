// For the few places text goes into HTML without React (the Atom feed's html-typed fields, the
// embed page, email bodies): every character that could open markup is escaped.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
