// Text as every database here can store it. A lone UTF-16 surrogate (which JSON can carry as
// "\ud800", e.g. in a server action's arguments or an API body) makes Prisma's query engine fail,
// and PostgreSQL refuses NUL in text: both reached the database as an unexpected error (a 500).
// Each becomes U+FFFD, the replacement character — what a browser sends for text it cannot encode.
// (ES2024's String methods, in Node since 20; TypeScript's lib here stops at ES2023.)
type ES2024String = string & { isWellFormed(): boolean; toWellFormed(): string };

export function wellFormedText(text: string): string {
  const s = text as ES2024String;
  const formed = s.isWellFormed() ? text : s.toWellFormed();
  return formed.includes("\u0000") ? formed.replaceAll("\u0000", "\uFFFD") : formed;
}

// The same for every string in a submitted value (plain objects and arrays, to a sane depth). Files,
// Dates and other objects are left as they are; keys are copied as own properties, so a
// "__proto__" key stays a key and never becomes a prototype.
export function wellFormedInput(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return wellFormedText(value);
  if (value === null || typeof value !== "object" || depth > 32) return value;
  if (Array.isArray(value)) return value.map((v) => wellFormedInput(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out = Object.create(proto) as Record<string, unknown>;
  for (const [key, v] of Object.entries(value)) {
    Object.defineProperty(out, key, { value: wellFormedInput(v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
