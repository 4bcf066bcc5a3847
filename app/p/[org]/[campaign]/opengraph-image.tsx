import { ImageResponse } from "next/og";
import { getPublicCampaign } from "@/lib/public/queries";

// The card shown when the public page is shared: the campaign, and promises kept so far.
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "What we promised, and the proof";

export default async function OpenGraphImage({ params }: { params: Promise<{ org: string; campaign: string }> }) {
  const { org, campaign } = await params;
  const data = await getPublicCampaign(org, campaign);
  const title = data?.campaign.title ?? "Transparency page";
  const company = data?.campaign.organization.name ?? "";
  const total = data?.commitments.length ?? 0;
  const kept = data?.commitments.filter((c) => c.status === "DONE").length ?? 0;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#15140f", color: "#f2eee4" }}>
        <div style={{ display: "flex", fontSize: 32, color: "#e6bf57" }}>{company}</div>
        <div style={{ display: "flex", fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: "flex", fontSize: 36 }}>{total ? `${kept} of ${total} promises kept, with the proof` : "Our apology, our promises, and the proof"}</div>
      </div>
    ),
    size,
  );
}
