import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { campaignSuggestions } from "@/lib/learn/suggestions";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { AcceptSuggestionForm } from "@/components/learn/accept-suggestion-form";

export const metadata: Metadata = { title: "Suggested themes" };

export default async function SuggestionsPage({ params }: { params: Promise<{ slug: string }> }) {
  const member = await requireMemberPage();
  const { slug } = await params;
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) notFound();
  const { analyzed, suggestions } = await campaignSuggestions({ organizationId: member.organizationId, campaignId: campaign.id });
  const base = `/campaigns/${campaign.slug}/learn`;
  const mayAccept = can(member.role, "theme.manage");
  return (
    <>
      <PageHeader
        title="Suggested themes"
        description={<>
          <Link className="underline" href={base}>Back to Learn</Link>. Recurring phrases in the {analyzed} most recent negative item{analyzed === 1 ? "" : "s"}, near-duplicates merged
          (“charged twice”, “charges twice” and “double charged” count as one). A suggestion is a starting point: accept the ones that ring true, then confirm the items each one tagged.
        </>}
      />
      {analyzed === 0 ? (
        <EmptyState title="No criticism to learn from yet" action={<LinkButton href={`/campaigns/${campaign.slug}/listen`}>Go to Listen</LinkButton>}>
          Themes come from negative feedback. Import feedback or connect a listening tool; items are scored for sentiment as they arrive.
        </EmptyState>
      ) : suggestions.length === 0 ? (
        <EmptyState title="No new recurring themes found" action={<LinkButton variant="secondary" href={base}>Add a theme by hand</LinkButton>}>
          Either the existing themes already cover what customers repeat, or the criticism has no phrase used by several people. Read the inbox and add a theme by hand.
        </EmptyState>
      ) : (
        <ol className="flex flex-col gap-4" data-testid="suggestions">
          {suggestions.map((s, i) => (
            <li key={s.key}>
              <Card as="div" className="grid gap-4 md:grid-cols-2">
                <div className="flex flex-col gap-2">
                  <h2 className="text-lg font-semibold">{s.label}</h2>
                  <p className="text-sm"><strong>{s.volume}</strong> item{s.volume === 1 ? "" : "s"} · {Math.round(s.share * 100)}% of the negative feedback read</p>
                  <p className="flex flex-wrap gap-1 text-xs">
                    <span className="sr-only">Key phrases: </span>
                    {s.keyPhrases.map((p) => <span key={p} className="rounded bg-sunken px-1.5 py-0.5">{p}</span>)}
                  </p>
                  <h3 className="mt-2 text-sm font-medium">What customers said</h3>
                  <ul className="flex flex-col gap-2">
                    {s.examples.map((e) => <li key={e.id}><blockquote className="border-l-4 border-gold pl-3 text-sm">{e.text}</blockquote></li>)}
                  </ul>
                </div>
                {mayAccept ? (
                  <AcceptSuggestionForm campaignId={campaign.id} index={i} label={s.label} keyPhrases={s.keyPhrases} volume={s.volume} />
                ) : <p className="text-sm text-muted">Communications, managers and admins can accept themes.</p>}
              </Card>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
