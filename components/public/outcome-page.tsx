import type { ReactNode } from "react";
import Link from "next/link";
import type { OutcomeText } from "@/lib/following/outcomes";
import { publicPagePath } from "@/lib/following/paths";
import { Card } from "@/components/ui/card";

type Campaign = { title: string; slug: string; organization: { name: string; slug: string } };

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
