// Whether a story-request link can still be used. Pure.

export type LinkFacts = { singleUse: boolean; expiresAt: Date | null; usedAt: Date | null; revokedAt: Date | null };
export type LinkStatus = "active" | "used" | "expired" | "revoked";

export function linkStatus(link: LinkFacts, now = new Date()): LinkStatus {
  if (link.revokedAt) return "revoked";
  if (link.singleUse && link.usedAt) return "used";
  if (link.expiresAt && link.expiresAt <= now) return "expired";
  return "active";
}

export const LINK_STATUS_LABELS: Record<LinkStatus, string> = {
  active: "Active",
  used: "Used",
  expired: "Expired",
  revoked: "Revoked",
};

// In words for the customer holding the link; null when it can be used.
export function linkProblem(link: LinkFacts | null, now = new Date()): string | null {
  if (!link) return "This link is not valid. Please check that you copied all of it.";
  switch (linkStatus(link, now)) {
    case "revoked":
      return "This link is no longer in use. If you were sent a newer one, please use that.";
    case "used":
      return "This link has already been used. Thank you for your answer.";
    case "expired":
      return "This link has expired. If you would still like to share your story, reply to the message that brought you here.";
    default:
      return null;
  }
}
