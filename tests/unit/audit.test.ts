import { describe, expect, it } from "vitest";
import { interpretAudit } from "@/scripts/audit";

const report = (vulnerabilities: Record<string, object>, counts: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts } } });

describe("npm audit in CI", () => {
  it("reports a registry that refuses the audit endpoint as unavailable, not as a failure", () => {
    const refused = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", statusCode: 405, body: "", error: { summary: "", detail: "" } });
    expect(interpretAudit(refused)).toEqual({ status: "unavailable", message: "audit unavailable: the registry answered 405" });
    expect(interpretAudit("")).toMatchObject({ status: "unavailable" });
    expect(interpretAudit(JSON.stringify({ error: { code: "ENOTFOUND", summary: "request to https://registry failed" } }))).toMatchObject({ status: "unavailable", message: expect.stringContaining("request to") });
  });

  it("fails on a high or critical advisory and names the packages", () => {
    const found = interpretAudit(report({ "evil-pkg": { name: "evil-pkg", severity: "critical", fixAvailable: true }, "meh-pkg": { name: "meh-pkg", severity: "moderate" } }, { critical: 1, moderate: 1, total: 2 }));
    expect(found.status).toBe("findings");
    expect(found.message).toContain("critical: evil-pkg (fix available)");
    expect(found.message).not.toContain("meh-pkg");
  });

  it("passes when nothing reaches high", () => {
    expect(interpretAudit(report({ "meh-pkg": { name: "meh-pkg", severity: "moderate" } }, { moderate: 1, total: 1 }))).toEqual({ status: "ok", message: "npm audit: no high or critical advisories (1 below high)" });
  });
});
