import type { Member } from "@/lib/auth/member";

export type Fixture = { organizationId: string; admin: Member; campaign: { id: string; version: number; slug: string } };
// crossOrg: false when the action only touches the actor's own organization or account.
export type Case = { input: (f: Fixture, actor: Member) => Promise<Record<string, unknown>>; crossOrg: boolean };
