// The first rows of an uploaded file as read for import, so the person choosing columns sees them.
const DELIMITER_NAMES: Record<string, string> = { ",": "commas", ";": "semicolons", "\t": "tabs", "|": "pipes" };

export function PreviewTable({ headers, rows, delimiter, totalRows }: { headers: string[]; rows: string[][]; delimiter: string; totalRows: number }) {
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-muted">
        {totalRows.toLocaleString("en")} rows, separated by {DELIMITER_NAMES[delimiter] ?? `“${delimiter}”`}. The first {rows.length} are shown.
      </p>
      <div className="max-h-96 overflow-auto rounded-md border border-border" tabIndex={0} role="region" aria-label="Preview of the file">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">First rows of the uploaded file</caption>
          <thead className="sticky top-0 bg-sunken">
            <tr>
              {headers.map((h, i) => (
                <th key={`${i}-${h}`} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
                  {h || <span className="text-muted">(column {i + 1})</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r} className="border-t border-border align-top">
                {headers.map((_, c) => (
                  <td key={c} className="max-w-xs px-3 py-2">
                    <span className="line-clamp-3 break-words">{row[c] ?? ""}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
