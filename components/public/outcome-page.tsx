import type { ReactNode } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { OutcomeText } from "@/lib/following/outcomes";
import { publicPagePath } from "@/lib/following/paths";
import { getPublicCampaign } from "@/lib/public/queries";
import { Card } from "@/components/ui/card";

type Campaign = { title: string; slug: string; organization: { name: string; slug: string } };
export type OutcomeParams = { params: Promise<{ org: string; campaign: string; outcome: string }> };

// What the answer pages of the two forms (/p/<org>/<campaign>/follow/<outcome>,
// …/feedback/<outcome>) share: an outcome of the form's own list, a campaign whose page is on —
// anything else is the not-found page — and a title that is not for search engines.
export function outcomeRoute<O extends string>(isOutcome: (value: string) => value is O, texts: Record<O, OutcomeText>) {
  async function find({ params }: OutcomeParams) {
    const { org, campaign, outcome } = await params;
    if (!isOutcome(outcome)) return null;
    const data = await getPublicCampaign(org, campaign);
    return data ? { campaign: data.campaign, outcome, text: texts[outcome] } : null;
  }
  return {
    async generateMetadata(props: OutcomeParams): Promise<Metadata> {
      const found = await find(props);
      return found ? { title: `${found.text.title} — ${found.campaign.title}`, robots: { index: false, follow: false } } : {};
    },
    async load(props: OutcomeParams) {
      return (await find(props)) ?? notFound();
    },
  };
}

// The page that answers one of the public page's plain forms (following, feedback): what happened,
// announced as a status or, for a refusal, an alert; the form again when it helps; the way back.
// Links to the campaign page are plain: it is HTML without scripts, which the client router would
// prefetch whole and then load again.
export function OutcomePage({ campaign, text, form }: { campaign: Campaign; text: OutcomeText; form?: ReactNode }) {
  const page = publicPagePath(campaign.organization.slug, campaign.slug);
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-10">
      <p className="text-sm text-muted">
        <Link className="underline" href={`/p/${campaign.organization.slug}`}>{campaign.organization.name}</Link>
        {" · "}
        <a className="underline" href={page}>{campaign.title}</a>
      </p>
      <Card className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{text.title}</h1>
        <p role={text.problem ? "alert" : "status"} className={text.problem ? "text-danger" : undefined}>{text.body(campaign.title)}</p>
        {text.form && form ? form : null}
        <p><a className="underline" href={page}>Back to “{campaign.title}”</a></p>
      </Card>
    </main>
  );
}
