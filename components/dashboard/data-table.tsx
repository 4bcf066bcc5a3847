import type { ReactNode } from "react";

export type Column<T> = { header: string; cell: (row: T) => ReactNode; numeric?: boolean };

// The data behind a chart, as a plain table: the chart's text alternative.
export function DataTable<T>({ caption, columns, rows, rowKey }: { caption: string; columns: Column<T>[]; rows: T[]; rowKey: (row: T) => string }) {
  return (
    // Focusable, so keyboard users can scroll a long table.
    <div className="max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-surface">
          <tr className="border-b border-border text-xs text-muted">
            {columns.map((c) => (
              <th key={c.header} scope="col" className={`py-1 pr-3 ${c.numeric ? "text-right" : ""}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)} className="border-b border-border">
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.header} scope="row" className="py-1 pr-3 font-normal">
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={c.header} className={`py-1 pr-3 ${c.numeric ? "text-right tabular-nums" : ""}`}>
                    {c.cell(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
