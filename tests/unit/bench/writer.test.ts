// The bench's SQLite writer inserts several rows per statement (see scripts/bench/writer.ts): every
// row must arrive once, with its values stored as the app stores them, however the rows fall into
// statements, and triggers still fire for each row.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { sqliteWriter, type TableSpec } from "../../../scripts/bench/writer";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function database(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-writer-"));
  dirs.push(dir);
  const file = path.join(dir, "w.db");
  const db = new Database(file);
  db.exec(`
    CREATE TABLE "Item" ("id" TEXT PRIMARY KEY, "n" INTEGER, "at" DATETIME, "ok" BOOLEAN, "meta" TEXT, "note" TEXT);
    CREATE TABLE "Seen" ("id" TEXT);
    CREATE TRIGGER "Item_seen" AFTER INSERT ON "Item" BEGIN INSERT INTO "Seen" VALUES (NEW."id"); END;
  `);
  db.close();
  return file;
}

const Item: TableSpec = { name: "Item", columns: { id: "text", n: "int", at: "ts", ok: "bool", meta: "json", note: "text" } };

describe("sqliteWriter", () => {
  it.each([1, 499, 500, 1_234])("writes %i rows once each, values as the app stores them, each firing the trigger", async (count) => {
    const file = database();
    const writer = sqliteWriter(file, { bulk: false });
    const at = new Date("2026-12-07T10:00:00.000Z");
    const rows = Array.from({ length: count }, (_, i) => ({ id: `r${i}`, n: i, at, ok: i % 2 === 0, meta: { i }, note: i % 3 ? null : `note ${i}` }));
    await writer.insert(Item, rows);
    await writer.commit();
    await writer.close();

    const db = new Database(file, { readonly: true });
    const stored = db.prepare(`SELECT * FROM "Item" ORDER BY "n"`).all() as Record<string, unknown>[];
    const seen = (db.prepare(`SELECT COUNT(*) AS n FROM "Seen"`).get() as { n: number }).n;
    db.close();
    expect(stored).toHaveLength(count);
    expect(seen).toBe(count);
    const last = count - 1;
    expect(stored[last]).toEqual({
      id: `r${last}`, n: last, at: "2026-12-07T10:00:00.000+00:00", ok: last % 2 === 0 ? 1 : 0,
      meta: JSON.stringify({ i: last }), note: last % 3 ? null : `note ${last}`,
    });
    expect(new Set(stored.map((r) => r.id)).size).toBe(count);
  });

  it("keeps each statement within SQLite's 32,766 values when a table has many columns", async () => {
    const file = database();
    const wide: TableSpec = { name: "Wide", columns: Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`c${i}`, "int" as const])) };
    const setup = new Database(file);
    setup.exec(`CREATE TABLE "Wide" (${Object.keys(wide.columns).map((c) => `"${c}" INTEGER`).join(", ")})`);
    setup.close();
    const writer = sqliteWriter(file, { bulk: false });
    const rows = Array.from({ length: 700 }, (_, r) => Object.fromEntries(Object.keys(wide.columns).map((c, i) => [c, r * 1000 + i])));
    await writer.insert(wide, rows);
    await writer.commit();
    await writer.close();
    const db = new Database(file, { readonly: true });
    expect((db.prepare(`SELECT COUNT(*) AS n, SUM("c119") AS s FROM "Wide"`).get() as { n: number; s: number })).toEqual({
      n: 700, s: rows.reduce((a, r) => a + (r.c119 as number), 0),
    });
    db.close();
  });
});
