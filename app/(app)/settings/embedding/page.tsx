import type { Metadata } from "next";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getEmbeddingSettings } from "@/lib/stories/queries";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FramingOriginsForm } from "@/components/stories/framing-origins-form";

export const metadata: Metadata = { title: "Embedding" };

export default async function EmbeddingSettingsPage() {
  const member = await requireMemberPage();
  if (!can(member.role, "organization.update")) {
    return <EmptyState title="Only admins can change where story walls may be embedded">Ask an admin of {member.organizationName} to add your website.</EmptyState>;
  }
  const settings = await getEmbeddingSettings(member);
  return (
    <>
      <PageHeader
        title="Embedding"
        description={`Where ${member.organizationName}'s customer-story walls may be shown in a frame. Browsers refuse to show the wall on any other site.`}
      />
      <Card>
        <FramingOriginsForm key={settings.version} origins={settings.origins} version={settings.version} />
        <p className="mt-4 text-sm text-muted">
          {settings.origins.length === 0
            ? "No website is listed yet, so the wall shows only on Kintsugi's own pages. Add the address of the site where you will paste the frame, then copy the code from a campaign's Stories step."
            : "The frame code is on each campaign's Stories step."}
        </p>
      </Card>
    </>
  );
}
