import Link from "next/link";
import { Card } from "@/components/ui/card";
import { CopyField } from "@/components/stories/copy-field";
import { escapeHtml } from "@/lib/stories/embed-html";

type Props = {
  origin: string;
  orgSlug: string;
  organizationName: string;
  campaignSlug: string;
  publicPage: boolean;
  framingOrigins: string[];
  canEditOrigins: boolean;
  canEditCampaign: boolean;
};

// The copyable <iframe> for the organization's own sites, and what still stops it from showing.
export function EmbedPanel({ origin, orgSlug, organizationName, campaignSlug, publicPage, framingOrigins, canEditOrigins, canEditCampaign }: Props) {
  const src = `${origin}/embed/${encodeURIComponent(orgSlug)}/${encodeURIComponent(campaignSlug)}/stories`;
  const snippet = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(`Customer stories from ${organizationName}`)}" width="100%" height="600" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
  return (
    <Card>
      <h2 className="text-lg font-semibold">Embed the wall on your website</h2>
      <p className="mb-4 mt-1 text-sm text-muted">
        Published stories appear in this frame; a withdrawn story disappears from it on the next page load. Add <code className="font-mono">?tag=…</code> to show one tag only, or <code className="font-mono">?theme=light</code> / <code className="font-mono">dark</code>.
      </p>
      {!publicPage ? (
        <p className="mb-3 rounded-md bg-warn-bg p-3 text-sm text-warn" role="note">
          The campaign&apos;s public page is off, so the frame shows “Not found”.{" "}
          {canEditCampaign ? <Link className="underline" href={`/campaigns/${campaignSlug}/edit`}>Switch the public page on</Link> : "A communications lead or admin can switch it on."}
        </p>
      ) : null}
      <p className="mb-3 text-sm">
        {framingOrigins.length
          ? <>Sites allowed to show it: {framingOrigins.join(", ")}.</>
          : <>No website is allowed to show it yet: browsers will only display it on Kintsugi&apos;s own pages.</>}{" "}
        {canEditOrigins ? <Link className="underline" href="/settings/embedding">Manage allowed sites</Link> : "An admin manages the allowed sites."}
      </p>
      <CopyField label="Code to paste into your page" value={snippet} multiline testId="embed-snippet" />
      <p className="mt-3 text-sm">
        <a className="underline" href={src} target="_blank" rel="noopener">Preview the wall<span className="sr-only"> (opens in a new tab)</span></a>
      </p>
    </Card>
  );
}
