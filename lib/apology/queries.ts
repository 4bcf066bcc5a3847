import "server-only";
import { db } from "@/lib/db";
import type { Member } from "@/lib/auth/member";
import type { ApologyAnalysis } from "@/lib/apology/analysis";

export async function listApologyVariants(member: Member, campaignId: string) {
  return db.apology.findMany({
    where: { organizationId: member.organizationId, campaignId },
    orderBy: { createdAt: "asc" },
    select: { id: true, channel: true, name: true, reviewState: true, publishedVersionId: true },
  });
}

// Everything the workspace shows for one variant.
export async function getApologyWorkspace(member: Member, campaignId: string, channel: string) {
  const apology = await db.apology.findFirst({ where: { organizationId: member.organizationId, campaignId, channel } });
  if (!apology) return null;
  const scope = { organizationId: member.organizationId, apologyId: apology.id };
  const [current, versions, reviews, publications] = await Promise.all([
    apology.currentVersionId ? db.apologyVersion.findFirst({ where: { ...scope, id: apology.currentVersionId }, include: { author: { select: { name: true } } } }) : null,
    db.apologyVersion.findMany({
      where: scope,
      orderBy: { number: "desc" },
      take: 100,
      select: { id: true, number: true, score: true, createdAt: true, restoredFrom: true, author: { select: { name: true } } },
    }),
    db.apologyReview.findMany({
      where: scope,
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, decision: true, comment: true, createdAt: true, reviewer: { select: { name: true } }, apologyVersion: { select: { number: true } } },
    }),
    db.apologyPublication.findMany({
      where: scope,
      orderBy: { publishedAt: "desc" },
      select: { id: true, publishedAt: true, changeSummary: true, apologyVersion: { select: { number: true } }, publishedBy: { select: { name: true } } },
    }),
  ]);
  const numberOf = (id: string | null) => (id ? versions.find((v) => v.id === id)?.number ?? null : null);
  return {
    apology,
    current: current ? { ...current, analysis: current.analysis as unknown as ApologyAnalysis } : null,
    versions,
    reviews,
    publications,
    approvedNumber: numberOf(apology.approvedVersionId),
    publishedNumber: numberOf(apology.publishedVersionId),
  };
}

export async function getVersionBodies(member: Member, apologyId: string, numbers: number[]) {
  const rows = await db.apologyVersion.findMany({
    where: { organizationId: member.organizationId, apologyId, number: { in: numbers } },
    select: { number: true, body: true },
  });
  return new Map(rows.map((r) => [r.number, r.body]));
}
