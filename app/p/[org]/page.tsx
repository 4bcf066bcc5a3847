import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublicOrganization } from "@/lib/public/queries";
import { formatDate } from "@/lib/shared/format";

export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ org: string }> }): Promise<Metadata> {
  const { org } = await params;
  const data = await getPublicOrganization(org);
  return data ? { title: `${data.name}: what we are fixing`, description: `${data.name}'s public commitments after its incidents, and the proof.` } : {};
}

export default async function PublicOrganizationPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const data = await getPublicOrganization(org);
  if (!data) notFound();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold">{data.name}</h1>
      <p className="mt-2 text-muted">Where we went wrong, what we promised, and the proof that we kept it.</p>
      {data.campaigns.length === 0 ? (
        <p className="mt-8">Nothing has been published here yet.</p>
      ) : (
        <ul className="mt-8 flex flex-col gap-3">
          {data.campaigns.map((c) => (
            <li key={c.slug} className="rounded-lg border border-border bg-surface p-4">
              {/* A plain link: the campaign page is HTML without scripts, which the client router
                  would prefetch whole and then load again. */}
              <a href={`/p/${data.slug}/${c.slug}`} className="text-lg font-semibold underline-offset-2 hover:underline">{c.title}</a>
              <p className="text-sm text-muted">Since {formatDate(c.occurredAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
