// Storage keys are paths relative to the storage root, chosen by the code (never by a user):
// "imports/<organization id>/<random>.csv". Checked anyway, so a key can never name a file outside
// the root: no "..", no absolute paths, no backslashes, no hidden segments. Pure.
import path from "node:path";

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY = 512;

export function isSafeKey(key: string): boolean {
  if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment) && !segment.includes(".."));
}

export class UnsafeKeyError extends Error {
  constructor(key: string) {
    super(`Refused storage key ${JSON.stringify(key.slice(0, 80))}`);
    this.name = "UnsafeKeyError";
  }
}

// The absolute file for a key under root; throws for any key that could escape it.
export function resolveKey(root: string, key: string): string {
  if (!isSafeKey(key)) throw new UnsafeKeyError(key);
  const base = path.resolve(root);
  const file = path.resolve(base, key);
  if (!file.startsWith(base + path.sep)) throw new UnsafeKeyError(key);
  return file;
}
