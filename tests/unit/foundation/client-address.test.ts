import { describe, expect, it } from "vitest";
import { clientAddress, trustedHopsFrom } from "@/scripts/client-address.mjs";

describe("the client address the production server hands to the app", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(undefined, "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("198.51.100.1", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("1.1.1.1, 2.2.2.2", "203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("is what the outermost trusted proxy saw, however many hops the client made up", () => {
    // One proxy: it appended the client's address; anything before that came from the client.
    expect(clientAddress("198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddress("6.6.6.6, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    // Two proxies: a CDN appended the client, the load balancer appended the CDN.
    expect(clientAddress("6.6.6.6, 198.51.100.7, 172.16.0.5", "10.0.0.2", 2)).toBe("198.51.100.7");
    // Fewer hops than trusted (a request that skipped a proxy): the first one there is.
    expect(clientAddress(undefined, "10.0.0.2", 2)).toBe("10.0.0.2");
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number, refusing anything else", () => {
    expect(trustedHopsFrom(undefined)).toBe(0);
    expect(trustedHopsFrom("")).toBe(0);
    expect(trustedHopsFrom("2")).toBe(2);
    for (const bad of ["-1", "1.5", "eleven", "11"]) expect(() => trustedHopsFrom(bad)).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
