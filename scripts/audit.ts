// `npm run -s deps:audit` (and .ci/run): `npm audit` for high and critical advisories. Some registries
// (this project's mirror among them) refuse the audit endpoint (405); that is reported as
// "audit unavailable" with exit code 3, not as a failure — but a real high or critical finding
// fails with exit code 1. Exit code 0: the audit ran and found nothing at high or above.
import { spawnSync } from "node:child_process";

export type AuditResult = { status: "ok" | "findings" | "unavailable"; message: string };
export const EXIT: Record<AuditResult["status"], number> = { ok: 0, findings: 1, unavailable: 3 };

type Advisory = { name: string; severity: string; fixAvailable?: unknown };
type Report = {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, Advisory>;
  metadata?: { vulnerabilities?: Record<string, number> };
  statusCode?: number;
  message?: string;
  error?: { summary?: string };
};

// Reads `npm audit --json` output. Pure.
export function interpretAudit(stdout: string): AuditResult {
  let report: Report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { status: "unavailable", message: "audit unavailable: npm audit printed no report" };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (report?.auditReportVersion === undefined || !counts) {
    const reason = report?.statusCode ? `the registry answered ${report.statusCode}` : (report?.error?.summary || report?.message || "no report");
    return { status: "unavailable", message: `audit unavailable: ${String(reason).split("\n")[0]}` };
  }
  const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === "high" || v.severity === "critical");
  if ((counts.high ?? 0) + (counts.critical ?? 0) > 0) {
    const list = serious.map((v) => `  ${v.severity}: ${v.name}${v.fixAvailable ? " (fix available)" : ""}`).join("\n");
    return { status: "findings", message: `npm audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high\n${list}` };
  }
  return { status: "ok", message: `npm audit: no high or critical advisories (${counts.total ?? 0} below high)` };
}

if (process.argv[1]?.endsWith("audit.ts")) {
  const run = spawnSync("npm", ["audit", "--json", "--audit-level=high"], { encoding: "utf8", timeout: 120_000 });
  const result = interpretAudit(run.stdout ?? "");
  console.log(result.message);
  process.exit(EXIT[result.status]);
}
