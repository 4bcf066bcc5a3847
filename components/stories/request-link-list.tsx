import Link from "next/link";
import { linkStatus, LINK_STATUS_LABELS } from "@/lib/stories/link-status";
import { formatDate } from "@/lib/shared/format";
import { Badge } from "@/components/ui/card";
import { RevokeLinkButton } from "@/components/stories/revoke-link-button";

type LinkRow = {
  id: string;
  label: string;
  singleUse: boolean;
  expiresAt: Date | null;
  usedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  createdBy: { name: string };
  stories: number;
};

export function RequestLinkList({ links, olderHref, newestHref }: { links: LinkRow[]; olderHref: string | null; newestHref: string | null }) {
  if (links.length === 0) return <p className="text-sm text-muted">No links yet. Create one above; each link is shown once, then only its label and state appear here.</p>;
  return (
    <>
      <ul className="divide-y divide-border">
        {links.map((l) => {
          const status = linkStatus(l);
          const label = l.label || `Link of ${formatDate(l.createdAt)}`;
          return (
            <li key={l.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="request-link-row">
              <div>
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {label}
                  <Badge tone={status === "active" ? "ok" : status === "revoked" ? "danger" : "neutral"}>{LINK_STATUS_LABELS[status]}</Badge>
                  {l.singleUse ? <Badge>Single use</Badge> : null}
                </p>
                <p className="text-sm text-muted">
                  {l.stories === 1 ? "1 story" : `${l.stories} stories`} received · created by {l.createdBy.name} on {formatDate(l.createdAt)}
                  {l.expiresAt ? ` · ${status === "expired" ? "expired" : "expires"} ${formatDate(l.expiresAt)}` : " · never expires"}
                </p>
              </div>
              {status === "active" ? <RevokeLinkButton linkId={l.id} label={label} /> : null}
            </li>
          );
        })}
      </ul>
      {olderHref || newestHref ? (
        <p className="mt-3 flex gap-3 text-sm">
          {newestHref ? <Link className="underline" href={newestHref}>Newest links</Link> : null}
          {olderHref ? <Link className="underline" href={olderHref}>Older links</Link> : null}
        </p>
      ) : null}
    </>
  );
}
