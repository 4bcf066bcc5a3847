// The standard PDF fonts only know Windows-1252 (WinAnsi): write the few other characters our
// texts use in it, and drop anything else rather than print garbage. Pure.
const REPLACE: Record<string, string> = { "−": "-", "▲": "+", "▼": "-", "▬": "=", "●": "*", "≤": "<=", "≥": ">=", "→": "->", "↑": "^", "↓": "v" };

const OUTSIDE = /[^\n\x20-\x7E\xA0-\xFF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC]/g;

export function toWinAnsi(text: string): string {
  return [...text].map((ch) => REPLACE[ch] ?? ch).join("").replace(OUTSIDE, "");
}
