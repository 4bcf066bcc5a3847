import Link from "next/link";
import { describeTrend } from "@/lib/learn/trend";
import type { ElementRow, StoryFigures, ThemeFigure } from "@/lib/dashboard/campaign-dashboard";
import { formatCount } from "@/lib/dashboard/format";

const ARROW = { up: "▲", down: "▼", flat: "▬", new: "●", none: "" } as const;

export function ElementCoverage({ elements, slug }: { elements: ElementRow[]; slug: string }) {
  return (
    <section aria-labelledby="elements-heading" className="rounded-lg border border-border bg-surface p-4 break-inside-avoid" data-testid="elements">
      <h2 id="elements-heading" className="text-lg font-semibold">Trust-element coverage</h2>
      <p className="text-sm text-muted">Commitments per element of trust (dropped ones left out).</p>
      <table className="mt-3 w-full text-left text-sm">
        <thead>
          <tr className="border-b border-border text-xs text-muted">
            <th scope="col" className="py-1 pr-3">Element</th>
            <th scope="col" className="py-1 pr-3 text-right">Commitments</th>
            <th scope="col" className="py-1 text-right">Done</th>
          </tr>
        </thead>
        <tbody>
          {elements.map((e) => (
            <tr key={e.element} className="border-b border-border">
              <th scope="row" className="py-1 pr-3 font-normal">
                {e.label}
                {e.commitments === 0 ? (
                  <>
                    {" "}
                    <Link href={`/campaigns/${slug}/promises/new`} className="text-danger underline">none yet: add one</Link>
                  </>
                ) : null}
              </th>
              <td className="py-1 pr-3 text-right tabular-nums">{e.commitments}</td>
              <td className="py-1 text-right tabular-nums">{e.done}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function TopThemes({ themes, slug }: { themes: ThemeFigure[]; slug: string }) {
  return (
    <section aria-labelledby="themes-heading" className="rounded-lg border border-border bg-surface p-4 break-inside-avoid" data-testid="themes">
      <h2 id="themes-heading" className="text-lg font-semibold">Top themes</h2>
      {themes.length === 0 ? (
        <p className="mt-2 text-sm text-muted">
          No feedback is tagged with a theme yet. <Link href={`/campaigns/${slug}/learn`} className="underline">Find the themes in the criticism</Link>.
        </p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-border text-xs text-muted">
              <th scope="col" className="py-1 pr-3">Theme</th>
              <th scope="col" className="py-1 pr-3 text-right">Mentions</th>
              <th scope="col" className="py-1">Trend (last 7 days against the 7 before)</th>
            </tr>
          </thead>
          <tbody>
            {themes.map((t) => (
              <tr key={t.id} className="border-b border-border">
                <th scope="row" className="py-1 pr-3 font-normal">{t.label}</th>
                <td className="py-1 pr-3 text-right tabular-nums">{formatCount(t.total)}</td>
                <td className="py-1">
                  <span aria-hidden="true">{ARROW[t.trend.direction]} </span>
                  {describeTrend(t.trend)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function StoriesPanel({ stories, slug }: { stories: StoryFigures; slug: string }) {
  return (
    <section aria-labelledby="stories-heading" className="rounded-lg border border-border bg-surface p-4 break-inside-avoid" data-testid="stories">
      <h2 id="stories-heading" className="text-lg font-semibold">Customer stories</h2>
      <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <div><dt className="text-muted">Collected</dt><dd className="text-xl font-semibold tabular-nums">{stories.collected}</dd></div>
        <div><dt className="text-muted">Consent asked</dt><dd className="text-xl font-semibold tabular-nums">{stories.requested}</dd></div>
        <div><dt className="text-muted">Consent granted</dt><dd className="text-xl font-semibold tabular-nums">{stories.granted}</dd></div>
        <div><dt className="text-muted">Published</dt><dd className="text-xl font-semibold tabular-nums" data-testid="stories-published">{stories.publishedWithConsent}</dd></div>
      </dl>
      <p className="mt-2 text-sm"><Link href={`/campaigns/${slug}/stories`} className="underline">Collect and publish stories</Link></p>
    </section>
  );
}
