// The organization, its members (every role), API tokens and campaigns of the bench dataset.
import { createHash } from "node:crypto";
import { generateApiToken } from "@/lib/api-tokens/format";
import type { Row } from "./writer";
import { cuid, type Rng } from "./random";

export type Person = { userId: string; name: string; email: string; role: "ADMIN" | "COMMS" | "MANAGER" | "EXEC" };
export type BenchCampaign = { id: string; slug: string; title: string; slaMinutes: number; occurredAt: string; items: number; publicPage: boolean };

export const ORG_SLUG = "bench-co";
export const BENCH_PASSWORD = "kintsugi-bench";
const ROLES: [Person["role"], number][] = [["ADMIN", 2], ["COMMS", 8], ["MANAGER", 10], ["EXEC", 3]];

export function people(r: Rng, orgId: string, passwordHash: string, at: Date) {
  const persons: Person[] = [];
  const users: Row[] = [];
  const memberships: Row[] = [];
  for (const [role, n] of ROLES) {
    for (let i = 1; i <= n; i++) {
      const userId = cuid(r);
      const name = `${role[0]}${role.slice(1).toLowerCase()} ${i}`;
      const email = `${role.toLowerCase()}${i}@bench.test`;
      persons.push({ userId, name, email, role });
      users.push({ id: userId, email, name, passwordHash, activeOrganizationId: orgId, createdAt: at, updatedAt: at });
      memberships.push({ id: cuid(r), organizationId: orgId, userId, role, createdAt: at, updatedAt: at });
    }
  }
  return { persons, users, memberships };
}

// Several tokens: the API allows 600 requests a minute per token, and the load test's writes stand
// for several listening tools pushing at once, not one tool hammering.
export function apiTokens(r: Rng, orgId: string, adminId: string, count: number, at: Date) {
  const tokens: string[] = [];
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const { token, prefix } = generateApiToken();
    tokens.push(token);
    rows.push({
      id: cuid(r), organizationId: orgId, name: `Listening tool ${i + 1}`, prefix, tokenHash: createHash("sha256").update(token).digest("hex"),
      scopes: "feedback:write feedback:read", createdById: adminId, createdAt: at,
    });
  }
  return { tokens, rows };
}

const CAMPAIGNS = [
  { slug: "checkout-double-charges", title: "Double charges during the checkout outage", days: 55, share: 0.8, sla: 240, severity: "CRITICAL",
    summary: "A faulty deploy of our payment service retried failed card authorisations and charged customers two or three times for the same order.",
    audience: "Customers who ordered during the outage window" },
  { slug: "customer-data-exposure", title: "Customer addresses exposed by a misconfigured export", days: 35, share: 0.15, sla: 180, severity: "HIGH",
    summary: "A reporting export was left readable on the internet for nine days; it held names, addresses and order histories.",
    audience: "About 60,000 customers in the EU and the US" },
  { slug: "slow-refunds", title: "Refunds delayed by up to three weeks", days: 15, share: 0.05, sla: 480, severity: "MEDIUM",
    summary: "A change in our payment provider's batch process held back refunds for up to three weeks.",
    audience: "Customers who asked for a refund in October" },
] as const;

export function campaigns(r: Rng, orgId: string, creatorId: string, totalItems: number, now: Date) {
  const list: BenchCampaign[] = [];
  const rows: Row[] = [];
  let assigned = 0;
  CAMPAIGNS.forEach((c, i) => {
    const items = i === CAMPAIGNS.length - 1 ? totalItems - assigned : Math.round(totalItems * c.share);
    assigned += items;
    const id = cuid(r);
    const occurredAt = new Date(now.getTime() - c.days * 86_400_000);
    list.push({ id, slug: c.slug, title: c.title, slaMinutes: c.sla, occurredAt: occurredAt.toISOString(), items, publicPage: true });
    rows.push({
      id, organizationId: orgId, slug: c.slug, title: c.title, summary: c.summary, occurredAt, discoveredAt: new Date(occurredAt.getTime() + 40 * 60_000),
      severity: c.severity, affectedAudience: c.audience, status: i === 0 ? "RECOVERING" : "OPEN", slaMinutes: c.sla, publicPage: true,
      createdById: creatorId, createdAt: occurredAt, updatedAt: occurredAt,
    });
  });
  return { list, rows };
}
