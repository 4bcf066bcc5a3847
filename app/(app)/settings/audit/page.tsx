import type { Metadata } from "next";
import Link from "next/link";
import { requireMemberPage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { auditFacets, listAuditEvents } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/shared/format";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Button, LinkButton } from "@/components/ui/button";

export const metadata: Metadata = { title: "Audit log" };

type Search = { action?: string; entityType?: string; actor?: string; cursor?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const member = await requireMemberPage();
  if (!can(member.role, "audit.read")) {
    return <EmptyState title="Only admins can read the audit log" />;
  }
  const sp = await searchParams;
  const str = (v: unknown) => (typeof v === "string" && v.length <= 200 ? v : undefined);
  const filter = { action: str(sp.action), entityType: str(sp.entityType), actor: str(sp.actor), cursor: str(sp.cursor) };
  const [{ events, nextCursor }, facets] = await Promise.all([listAuditEvents(member, filter), auditFacets(member)]);
  const nextParams = new URLSearchParams(Object.entries({ ...filter, cursor: nextCursor ?? "" }).filter(([, v]) => v) as [string, string][]);
  return (
    <>
      <PageHeader title="Audit log" description="Every change, who made it and when. Entries cannot be edited or deleted." />
      <form className="mb-4 grid gap-3 sm:grid-cols-4 sm:items-end" method="get">
        <div className="flex flex-col gap-1">
          <label htmlFor="action" className="text-sm font-medium">Action</label>
          <select id="action" name="action" defaultValue={filter.action ?? ""} className="min-h-10 rounded-md border border-border bg-surface px-2 text-sm">
            <option value="">Any</option>
            {facets.actions.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="entityType" className="text-sm font-medium">Record</label>
          <select id="entityType" name="entityType" defaultValue={filter.entityType ?? ""} className="min-h-10 rounded-md border border-border bg-surface px-2 text-sm">
            <option value="">Any</option>
            {facets.entityTypes.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="actor" className="text-sm font-medium">Who (email contains)</label>
          <input id="actor" name="actor" defaultValue={filter.actor ?? ""} className="min-h-10 rounded-md border border-border bg-surface px-2 text-sm" />
        </div>
        <div className="flex gap-2">
          <Button type="submit">Filter</Button>
          <LinkButton variant="ghost" href="/settings/audit">Clear</LinkButton>
        </div>
      </form>
      {events.length === 0 ? (
        <EmptyState title="No events match">Try clearing the filters.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Audit events, newest first</caption>
            <thead className="bg-sunken">
              <tr>
                <th scope="col" className="px-3 py-2">When</th>
                <th scope="col" className="px-3 py-2">Who</th>
                <th scope="col" className="px-3 py-2">Action</th>
                <th scope="col" className="px-3 py-2">Record</th>
                <th scope="col" className="px-3 py-2">Change</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-t border-border align-top" data-testid="audit-row">
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTime(e.createdAt)}</td>
                  <td className="px-3 py-2">{e.actorLabel}</td>
                  <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
                  <td className="px-3 py-2">{e.entityType}</td>
                  <td className="max-w-md px-3 py-2">
                    {e.before || e.after ? (
                      <details>
                        <summary className="cursor-pointer text-muted">Details</summary>
                        <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all text-xs">
                          {JSON.stringify({ before: e.before ?? undefined, after: e.after ?? undefined }, null, 2)}
                        </pre>
                      </details>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor ? (
        <p className="mt-4">
          <Link className="underline" href={`/settings/audit?${nextParams}`}>Older events</Link>
        </p>
      ) : null}
    </>
  );
}
