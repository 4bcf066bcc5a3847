import { describe, expect, it } from "vitest";
import { bearerToken, generateApiToken, maskedToken, parseApiToken } from "@/lib/api-tokens/format";
import { formatScopes, parseScopes } from "@/lib/api-tokens/scopes";

describe("API token format", () => {
  it("generates ks_<prefix>_<secret> tokens that parse back to their prefix", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const { token, prefix } = generateApiToken();
      expect(token).toMatch(/^ks_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
      expect(parseApiToken(token)).toEqual({ prefix });
      expect(token.startsWith(`ks_${prefix}_`)).toBe(true);
      seen.add(token);
    }
    expect(seen.size).toBe(50);
  });

  it.each(["", "ks_", "ks_12345678_short", "xx_12345678_" + "a".repeat(43), "ks_ABCDEFGH_" + "a".repeat(43), `ks_12345678_${"a".repeat(43)} `, `ks_12345678_${"a".repeat(44)}`])(
    "refuses the malformed token %j",
    (value) => expect(parseApiToken(value)).toBeNull(),
  );

  it("reads the bearer token from an Authorization header", () => {
    expect(bearerToken("Bearer ks_abc")).toBe("ks_abc");
    expect(bearerToken("bearer   ks_abc  ")).toBe("ks_abc");
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it("stores scopes space-separated, in a fixed order, and ignores unknown ones", () => {
    expect(formatScopes(["feedback:read", "feedback:write"])).toBe("feedback:write feedback:read");
    expect(parseScopes("feedback:read  admin:all feedback:read")).toEqual(["feedback:read"]);
    expect(parseScopes("")).toEqual([]);
  });

  it("shows only the prefix in lists", () => {
    expect(maskedToken("0a1b2c3d")).toBe("ks_0a1b2c3d_…");
  });
});
