import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";

// Honest placeholder for a step whose workspace has not landed yet: says what it will do.
export function StepPlaceholder({ campaignTitle, slug, title, coming }: { campaignTitle: string; slug: string; title: string; coming: string[] }) {
  return (
    <>
      <PageHeader title={title} description={campaignTitle} />
      <Card>
        <h2 className="text-lg font-semibold">This step&apos;s workspace is not built yet</h2>
        <p className="mt-2 text-sm text-muted">What it will let your team do:</p>
        <ul className="mt-2 list-disc pl-6 text-sm">
          {coming.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <p className="mt-4 text-sm">
          <Link className="underline" href={`/campaigns/${slug}`}>
            Back to the campaign
          </Link>
        </p>
      </Card>
    </>
  );
}
