// CSV written for people to open in a spreadsheet. Customer text is untrusted: a complaint that
// begins with "=HYPERLINK(…)" must stay text when an analyst opens the export (OWASP CSV injection;
// ASVS 1.2.10 adds NUL). Full-width forms are included because some Excel locales evaluate them too.
const FORMULA_START = /^[=+\-@\t\r\0＝＋－＠]/;

// A leading apostrophe tells Excel, LibreOffice and Google Sheets "this is text" and is not shown.
// Negative numbers written as strings get one too; pass them as numbers to keep them numeric.
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// RFC 4180: a field with a quote, delimiter or line break is quoted and its quotes doubled.
function field(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const safe = neutralizeCell(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// Records end with CRLF (RFC 4180). `bom` prefixes a UTF-8 byte order mark, without which Excel on
// Windows reads UTF-8 as the local code page and garbles accents.
export function toCsv(rows: (string | number | null)[][], opts: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(field).join(",") + "\r\n").join("");
  return (opts.bom ? "\uFEFF" : "") + body;
}
