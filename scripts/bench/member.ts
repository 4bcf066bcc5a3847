// Reading the dataset's manifest in a measurement script, and acting as one of its members.
import { readFileSync } from "node:fs";
import type { Manifest } from "./dataset";
import type { Person } from "./dataset-people";

export function readManifest(file: string): Manifest {
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}

export function memberOf(m: Manifest, role: Person["role"]) {
  const p = m.people.find((x) => x.role === role)!;
  return {
    userId: p.userId, name: p.name, email: p.email, role: p.role,
    organizationId: m.organization.id, organizationSlug: m.organization.slug, organizationName: m.organization.name,
  };
}

// The campaign with the most feedback: the one the inbox and dashboard figures are about.
export const mainCampaign = (m: Manifest) => [...m.campaigns].sort((a, b) => b.items - a.items)[0];
