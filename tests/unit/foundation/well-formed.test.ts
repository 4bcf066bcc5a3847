import { describe, expect, it } from "vitest";
import { wellFormedInput, wellFormedText } from "@/lib/shared/well-formed";

describe("well-formed text", () => {
  it("replaces lone surrogates and NUL, keeps pairs, bidi marks and joiners", () => {
    expect(wellFormedText("a\uD800b")).toBe("a\uFFFDb");
    expect(wellFormedText("\uDFFFtail")).toBe("\uFFFDtail");
    expect(wellFormedText("end\uD83D")).toBe("end\uFFFD");
    expect(wellFormedText("nul\u0000byte")).toBe("nul\uFFFDbyte");
    expect(wellFormedText("😀 \u202Eabc\u202C a\u200Db")).toBe("😀 \u202Eabc\u202C a\u200Db");
    expect(wellFormedText("\uDC00\uD800")).toBe("\uFFFD\uFFFD");
  });

  it("maps nested plain values, leaves files and dates alone, never turns a key into a prototype", () => {
    const file = new File(["x"], "x.csv");
    const date = new Date(0);
    const raw = JSON.parse('{"a": ["\\ud800", {"b": "ok\\u0000"}], "__proto__": {"polluted": "yes"}}') as Record<string, unknown>;
    Object.assign(raw, { file, date, n: 1 });
    const out = wellFormedInput(raw) as Record<string, unknown>;
    expect(out.a).toEqual(["\uFFFD", { b: "ok\uFFFD" }]);
    expect(out.file).toBe(file);
    expect(out.date).toBe(date);
    expect(out.n).toBe(1);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect((out as { polluted?: string }).polluted).toBeUndefined();
    const bare = wellFormedInput(Object.assign(Object.create(null), { t: "\uD800" })) as Record<string, unknown>;
    expect(Object.getPrototypeOf(bare)).toBeNull();
    expect(bare.t).toBe("\uFFFD");
  });
});
