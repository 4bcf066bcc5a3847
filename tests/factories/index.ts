// Factories shared by the demo seed and the tests. Every call makes unique data, so tests run in
// parallel and in any order against one database.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { loadMember, type Member } from "@/lib/auth/member";
import type { Role } from "@/lib/auth/permissions";

export const TEST_PASSWORD = "correct horse battery staple";

const hashes = new Map<string, Promise<string>>();
// scrypt at OWASP cost takes ~0.3 s: hash each distinct password once per process.
function hashOnce(password: string) {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

export const uid = (prefix = "") => `${prefix}${randomBytes(5).toString("hex")}`;

export async function createOrganization(overrides: { name?: string; slug?: string } = {}) {
  const slug = overrides.slug ?? uid("org-");
  return db.organization.create({ data: { name: overrides.name ?? `Org ${slug}`, slug } });
}

export async function createUser(overrides: { email?: string; name?: string; password?: string } = {}) {
  return db.user.create({
    data: {
      email: (overrides.email ?? `${uid("user-")}@example.test`).toLowerCase(),
      name: overrides.name ?? "Test User",
      passwordHash: await hashOnce(overrides.password ?? TEST_PASSWORD),
    },
  });
}

export async function addMembership(organizationId: string, userId: string, role: Role) {
  return db.membership.create({ data: { organizationId, userId, role } });
}

// A user with one membership, returned as the Member the action wrapper receives.
export async function createMember(
  role: Role,
  org?: { id: string },
  user: { email?: string; name?: string; password?: string } = {},
): Promise<Member> {
  const organization = org ?? (await createOrganization());
  const u = await createUser(user);
  await addMembership(organization.id, u.id, role);
  return (await loadMember(u.id, organization.id))!;
}

export type CampaignOverrides = Partial<{
  title: string;
  slug: string;
  summary: string;
  occurredAt: Date;
  discoveredAt: Date | null;
  severity: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
  affectedAudience: string;
  slaMinutes: number;
  publicPage: boolean;
  status: "OPEN" | "RECOVERING" | "CLOSED";
}>;

export async function createCampaign(member: Member, overrides: CampaignOverrides = {}) {
  const slug = overrides.slug ?? uid("campaign-");
  return db.campaign.create({
    data: {
      organizationId: member.organizationId,
      createdById: member.userId,
      slug,
      title: overrides.title ?? `Incident ${slug}`,
      summary: overrides.summary ?? "Customers were charged twice for their March subscription because of a billing bug.",
      occurredAt: overrides.occurredAt ?? new Date("2026-03-03T09:00:00Z"),
      discoveredAt: overrides.discoveredAt ?? null,
      severity: overrides.severity ?? "HIGH",
      affectedAudience: overrides.affectedAudience ?? "Subscribers billed in March",
      slaMinutes: overrides.slaMinutes ?? 240,
      publicPage: overrides.publicPage ?? false,
      status: overrides.status ?? "OPEN",
    },
  });
}
