import { describe, expect, it } from "vitest";
import { newNonce, noncePolicy, policyFamily, scriptlessPolicy, staticPolicy } from "@/lib/security/content-security-policy";

const directives = (policy: string) => Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("Content-Security-Policy", () => {
  it("gives the cached public pages the static policy and every other page the nonce", () => {
    for (const path of ["/p/acme", "/p/acme/outage/render", "/p/acme/outage/feed.xml", "/p/acme/outage/feedback/sent", "/bench-baseline"]) expect(policyFamily(path), path).toBe("static");
    for (const path of ["/p/acme/outage", "/p/acme/outage/"]) expect(policyFamily(path), path).toBe("scriptless");
    for (const path of ["/", "/sign-in", "/campaigns", "/campaigns/outage/apology", "/s/token", "/invite/t", "/no/such/page", "/pricing", "/public"]) {
      expect(policyFamily(path), path).toBe("nonce");
    }
  });

  it("is strict with a nonce: no inline or foreign script, no plugin, no base, no framing", () => {
    const d = directives(noncePolicy("abc123=="));
    expect(d["script-src"]).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(d["style-src"]).toBe("'self' 'nonce-abc123=='");
    expect(d["style-src-attr"]).toBe("'unsafe-inline'");
    expect(d).toMatchObject({ "default-src": "'self'", "object-src": "'none'", "base-uri": "'none'", "frame-ancestors": "'none'", "form-action": "'self'" });
    expect(noncePolicy("n")).not.toContain("unsafe-eval");
    expect(noncePolicy("n", { development: true })).toContain("'unsafe-eval'");
  });

  it("allows inline scripts on static pages but nothing from another origin, everything else as strict", () => {
    const d = directives(staticPolicy());
    expect(d["script-src"]).toBe("'self' 'unsafe-inline'");
    expect(staticPolicy()).not.toContain("nonce-");
    expect(d).toMatchObject({ "default-src": "'self'", "object-src": "'none'", "base-uri": "'none'", "frame-ancestors": "'none'", "form-action": "'self'" });
  });

  it("runs no script at all on the script-free public page, everything else as strict", () => {
    const d = directives(scriptlessPolicy());
    expect(d["script-src"]).toBe("'none'");
    expect(d).toMatchObject({ "default-src": "'self'", "object-src": "'none'", "base-uri": "'none'", "frame-ancestors": "'none'", "form-action": "'self'" });
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 200 }, () => newNonce()));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
