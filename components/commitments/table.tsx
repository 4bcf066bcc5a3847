import Link from "next/link";
import { TRUST_ELEMENTS, TRUST_ELEMENT_INFO } from "@/lib/commitments/elements";
import { COMMITMENT_STATUSES, STATUS_LABELS } from "@/lib/commitments/status";
import { tableHref, type SortKey, type TableFilter } from "@/lib/commitments/table-filter";
import { formatDate } from "@/lib/shared/format";
import { Button, LinkButton } from "@/components/ui/button";
import { DueText, ElementTag, StatusBadge } from "@/components/commitments/bits";
import type { Card } from "@/components/commitments/board";

const select = "min-h-10 rounded-md border border-border bg-surface px-2 text-sm";
const label = "flex flex-col gap-1 text-xs font-medium";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "title", label: "Commitment" },
  { key: "owner", label: "Owner" },
  { key: "element", label: "Element" },
  { key: "due", label: "Due" },
  { key: "status", label: "Status" },
  { key: "progress", label: "Progress" },
];

// A GET form and sortable headers: the table's state is in the URL, so it can be shared.
export function CommitmentTable({ rows, filter, base, members, now, total, pages }: { rows: Card[]; filter: TableFilter; base: string; members: { id: string; name: string }[]; now: Date; total: number; pages: number }) {
  const href = (o: Partial<TableFilter>) => tableHref(base, filter, { page: 1, ...o });
  return (
    <div className="flex flex-col gap-3">
      <form method="get" action={base} className="grid gap-3 rounded-lg border border-border bg-surface p-3 sm:grid-cols-2 lg:grid-cols-5" role="search" aria-label="Filter commitments">
        <input type="hidden" name="view" value="table" />
        <label className={label}>Owner
          <select name="owner" defaultValue={filter.owner ?? ""} className={select}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="none">No owner</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </label>
        <label className={label}>Element
          <select name="element" defaultValue={filter.element ?? ""} className={select}>
            <option value="">Any</option>
            {TRUST_ELEMENTS.map((e) => <option key={e} value={e}>{TRUST_ELEMENT_INFO[e].label}</option>)}
          </select>
        </label>
        <label className={label}>Status
          <select name="status" defaultValue={filter.status ?? ""} className={select}>
            <option value="">Any</option>
            {COMMITMENT_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </label>
        <label className={label}>Due
          <select name="due" defaultValue={filter.due ?? ""} className={select}>
            <option value="">Any time</option>
            <option value="overdue">Overdue</option>
            <option value="soon">Within 7 days</option>
          </select>
        </label>
        <div className="flex items-end gap-2">
          <input type="hidden" name="sort" value={filter.sort} />
          <input type="hidden" name="dir" value={filter.dir} />
          <Button type="submit" variant="secondary">Filter</Button>
          <LinkButton variant="ghost" href={`${base}?view=table`}>Clear</LinkButton>
        </div>
      </form>
      <p className="text-sm text-muted" aria-live="polite">{total} commitment{total === 1 ? "" : "s"}</p>
      <div className="overflow-x-auto rounded-lg border border-border">
        <table className="w-full min-w-[44rem] text-left text-sm" data-testid="commitment-table">
          <caption className="sr-only">Commitments, sorted by {COLUMNS.find((c) => c.key === filter.sort)?.label.toLowerCase()} {filter.dir === "asc" ? "ascending" : "descending"}</caption>
          <thead className="bg-sunken">
            <tr>
              {COLUMNS.map((c) => {
                const active = filter.sort === c.key;
                const dir = active && filter.dir === "asc" ? "desc" : "asc";
                return (
                  <th key={c.key} scope="col" className="px-3 py-2 font-medium" aria-sort={active ? (filter.dir === "asc" ? "ascending" : "descending") : undefined}>
                    <Link className="underline" href={href({ sort: c.key, dir })}>
                      {c.label}<span aria-hidden="true">{active ? (filter.dir === "asc" ? " ▲" : " ▼") : ""}</span>
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr><td colSpan={COLUMNS.length} className="px-3 py-6 text-center text-muted">Nothing matches these filters.</td></tr>
            ) : rows.map((r) => (
              <tr key={r.id} className="border-t border-border">
                <td className="px-3 py-2"><Link className="underline" href={`${base}/${r.id}`}>{r.title}</Link>{r.isPublic ? <span className="ml-1 text-xs text-muted">(public)</span> : null}</td>
                <td className="px-3 py-2">{r.owner?.name ?? "—"}</td>
                <td className="px-3 py-2"><ElementTag element={r.trustElement} /></td>
                <td className="px-3 py-2">{formatDate(r.dueDate)} <DueText c={r} now={now} /></td>
                <td className="px-3 py-2"><StatusBadge status={r.status} /></td>
                <td className="px-3 py-2 tabular-nums">{r.progress}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-3 text-sm">
          {filter.page > 1 ? <Link className="underline" href={tableHref(base, filter, { page: filter.page - 1 })}>Previous page</Link> : null}
          <span>Page {filter.page} of {pages}</span>
          {filter.page < pages ? <Link className="underline" href={tableHref(base, filter, { page: filter.page + 1 })}>Next page</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
