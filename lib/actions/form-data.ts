// Turns FormData into a plain object for zod. Repeated keys become arrays; File values are kept.
// Keys that could poison prototypes are dropped.
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  // A hand-made action POST can decode to anything (a string, an array): nothing to read then, so
  // the schema refuses it instead of the action failing with a 500.
  if (!(formData instanceof FormData)) return out;
  for (const [key, value] of formData.entries()) {
    if (FORBIDDEN_KEYS.has(key) || key.startsWith("$ACTION")) continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}

// The text fields of a submission, to show again after a refusal (files and secrets are not echoed).
export function echoValues(raw: unknown): Record<string, string> {
  if (!raw || typeof raw !== "object") return {};
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === "string" && !/password|token/i.test(key)) values[key] = value.slice(0, 100_000);
  }
  return values;
}
