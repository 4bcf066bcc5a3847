import { describe, expect, it } from "vitest";
import { frameAncestors, MAX_FRAMING_ORIGINS, parseFramingOrigins, storedFramingOrigins } from "@/lib/stories/framing-origins";

describe("allowed framing origins", () => {
  it("keeps https origins, one per line, normalized and without repeats", () => {
    const parsed = parseFramingOrigins("https://www.Example.com\n\n  https://shop.example.com:8443/ \r\nhttps://www.example.com");
    expect(parsed).toEqual({ origins: ["https://www.example.com", "https://shop.example.com:8443"], errors: [] });
  });

  it("refuses other schemes, paths, queries, credentials, wildcards and junk, saying why", () => {
    const { origins, errors } = parseFramingOrigins(
      ["http://example.com", "https://example.com/blog", "https://example.com?x=1", "https://user:pw@example.com", "https://*.example.com", "example.com", "https://intranet", "javascript:alert(1)"].join("\n"),
    );
    expect(origins).toEqual([]);
    expect(errors).toHaveLength(8);
    expect(errors[0]).toMatch(/https:\/\//);
    expect(errors[1]).toMatch(/no path/);
    expect(errors[4]).toMatch(/wildcards/);
  });

  it("limits the list", () => {
    const many = Array.from({ length: MAX_FRAMING_ORIGINS + 1 }, (_, i) => `https://s${i}.example.com`).join("\n");
    expect(parseFramingOrigins(many).errors).toEqual([`List at most ${MAX_FRAMING_ORIGINS} sites.`]);
  });

  it("builds frame-ancestors from 'self' plus the origins, dropping anything that could inject a directive", () => {
    expect(frameAncestors([])).toBe("'self'");
    const stored = "https://www.example.com\nhttps://evil.example.com; script-src *\n'unsafe-inline'";
    expect(frameAncestors(storedFramingOrigins(stored))).toBe("'self' https://www.example.com");
  });
});
