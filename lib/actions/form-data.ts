// Turns FormData into a plain object for zod. Repeated keys become arrays; File values are kept.
// Keys that could poison prototypes are dropped.
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
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
