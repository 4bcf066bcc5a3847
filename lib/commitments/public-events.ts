import "server-only";
import type { Tx } from "@/lib/db";
import { STATUS_LABELS, type CommitmentStatusValue } from "@/lib/commitments/status";

type PublicCommitment = { id: string; organizationId: string; campaignId: string; title: string };

// One row per public change, for the public page's feed and email followers. Only for commitments
// that are public: an internal commitment never reaches the feed.
export async function publicCommitmentEvent(tx: Tx, c: PublicCommitment, kind: string, title: string, summary = "") {
  await tx.publicEvent.create({
    data: { organizationId: c.organizationId, campaignId: c.campaignId, kind, title: title.slice(0, 300), summary: summary.slice(0, 1000), entityId: c.id },
  });
}

export function statusEventTitle(title: string, to: CommitmentStatusValue): string {
  switch (to) {
    case "DONE": return `Promise kept: ${title}`;
    case "IN_PROGRESS": return `Work started: ${title}`;
    case "MISSED": return `Promise missed: ${title}`;
    case "DROPPED": return `Promise dropped: ${title}`;
    case "PLANNED": return `Promise planned again: ${title}`;
    default: return `${STATUS_LABELS[to as CommitmentStatusValue] ?? to}: ${title}`;
  }
}
