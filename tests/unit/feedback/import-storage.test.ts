import { mkdtempSync, rmSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isSafeKey, resolveKey, UnsafeKeyError } from "@/lib/storage/keys";
import { createLocalStorage, MissingFileError, readStart } from "@/lib/storage/local";

describe("storage keys", () => {
  it("accepts the keys the code makes", () => {
    expect(isSafeKey("imports/clx0abc123/6f1c1f5e-1e4b-4a52-9a35-1f0e4bb1c0de.csv")).toBe(true);
    expect(isSafeKey("evidence/a_b-c.pdf")).toBe(true);
  });

  it.each([
    ["parent segments", "../etc/passwd"],
    ["parent segments inside", "imports/../../secret"],
    ["an absolute path", "/etc/passwd"],
    ["a backslash", "imports\\..\\x"],
    ["a hidden segment", "imports/.env"],
    ["an empty segment", "imports//x.csv"],
    ["a trailing slash", "imports/"],
    ["an empty key", ""],
    ["a NUL byte", "imports/a\0.csv"],
    ["dots only", "imports/.."],
    ["a double dot inside a name", "imports/a..b"],
    ["an over-long key", `a/${"b".repeat(600)}`],
  ])("refuses %s", (_label, key) => {
    expect(isSafeKey(key)).toBe(false);
    expect(() => resolveKey("/srv/files", key)).toThrow(UnsafeKeyError);
  });

  it("resolves inside the root, relative roots included", () => {
    expect(resolveKey("/srv/files", "imports/x.csv")).toBe(path.join("/srv/files", "imports", "x.csv"));
    expect(resolveKey("./data/files", "a.csv")).toBe(path.resolve("data/files/a.csv"));
  });
});

describe("local storage", () => {
  const root = mkdtempSync(path.join(tmpdir(), "kintsugi-storage-"));
  const storage = createLocalStorage(root);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("puts, gets, reads the start of, and removes a file", async () => {
    const put = await storage.put("imports/org1/a.csv", "text\nÄrger über doppelte Abbuchung\n");
    expect(put.size).toBe(Buffer.byteLength("text\nÄrger über doppelte Abbuchung\n"));
    const chunks: Buffer[] = [];
    for await (const c of await storage.get("imports/org1/a.csv")) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString("utf8")).toBe("text\nÄrger über doppelte Abbuchung\n");
    expect((await readStart(storage, "imports/org1/a.csv", 4)).toString()).toBe("text");
    expect(readdirSync(path.join(root, "imports/org1"))).toEqual(["a.csv"]);
    await storage.remove("imports/org1/a.csv");
    expect(existsSync(path.join(root, "imports/org1/a.csv"))).toBe(false);
    await expect(storage.remove("imports/org1/a.csv")).resolves.toBeUndefined();
  });

  it("says a missing file is missing", async () => {
    await expect(storage.get("imports/none.csv")).rejects.toBeInstanceOf(MissingFileError);
  });

  it("never touches a path outside the root", async () => {
    await expect(storage.put("../escape.csv", "x")).rejects.toBeInstanceOf(UnsafeKeyError);
    await expect(storage.get("../../etc/passwd")).rejects.toBeInstanceOf(UnsafeKeyError);
    await expect(storage.remove("imports/../../x")).rejects.toBeInstanceOf(UnsafeKeyError);
    expect(existsSync(path.join(root, "..", "escape.csv"))).toBe(false);
  });
});
